package org.multitracker.infopage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.multitracker.config.TrackerConfig;
import org.multitracker.pagecache.CachedPage;
import org.multitracker.pagecache.PeriodicPage;
import org.multitracker.pagecache.SendBound;
import org.multitracker.scrape.TrackedTorrent;
import org.multitracker.scrape.TrackedTorrents;
import org.multitracker.swarm.SwarmStats;

/**
 * The info page's bytes, rebuilt at most once per min_time_between_cache_refreshes (its date says
 * when). With 200,000 torrents a page per request was 28.8 MB built per GET.
 */
@ApplicationScoped
public class InfoPageCache {
  static final String VERSION = readVersion();

  @Inject TrackerConfig config;
  @Inject TrackedTorrents tracked;

  private final SendBound sends = SendBound.perCore();
  private PeriodicPage page;

  @PostConstruct
  void init() {
    page = PeriodicPage.refreshedEvery(config.minTimeBetweenCacheRefreshes(), this::build);
  }

  /** The cached page; null while the first build is still running after the wait. */
  CachedPage current() {
    return page.get();
  }

  /** How many large copies are sent at once; its refusals are a metric. */
  public SendBound sends() {
    return sends;
  }

  byte[] build() {
    boolean names = config.showNames() && !config.allowedDir().isEmpty();
    List<TrackedTorrent> all = tracked.all();
    List<InfoPage.Row> rows = new ArrayList<>(all.size());
    for (TrackedTorrent t : all) {
      SwarmStats s = t.stats();
      long size = t.file().map(f -> f.meta().totalLength()).orElse(-1L);
      rows.add(
          new InfoPage.Row(
              t.infoHash().hex(),
              t.name(names),
              size,
              s.complete(),
              s.incomplete(),
              s.downloaded(),
              config.allowGet() && t.file().isPresent()));
    }
    InfoPageTable table = InfoPageTable.of(rows, InfoPage.MAX_ROWS);
    return InfoPage.render(VERSION, ZonedDateTime.now(), table, names)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = InfoPageCache.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the page shows "unknown" then
    }
    return p.getProperty("version", "unknown");
  }
}
