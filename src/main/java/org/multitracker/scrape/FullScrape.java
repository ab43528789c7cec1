package org.multitracker.scrape;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.config.TrackerConfig;
import org.multitracker.pagecache.CachedPage;
import org.multitracker.pagecache.PeriodicPage;
import org.multitracker.pagecache.SendBound;

/**
 * The full scrape (no info_hash), about 70 bytes a torrent: built at most once per
 * min_time_between_cache_refreshes into its own buffer (never a request thread's, which would keep
 * the size for good) and served from that copy.
 */
@ApplicationScoped
public class FullScrape {
  @Inject TrackerConfig config;
  @Inject TrackedTorrents tracked;

  private final SendBound sends = SendBound.perCore();
  private PeriodicPage page;

  @PostConstruct
  void init() {
    page = PeriodicPage.refreshedEvery(config.minTimeBetweenCacheRefreshes(), this::build);
  }

  /** The cached answer; null while the first build is still running after the wait. */
  public CachedPage current() {
    return page.get();
  }

  /** How many large copies are sent at once; its refusals are a metric. */
  public SendBound sends() {
    return sends;
  }

  byte[] build() {
    List<TrackedTorrent> files = tracked.all();
    BencodeWriter w = new BencodeWriter(64 + files.size() * 72);
    ScrapeHandler.write(w, files, config.showNames() && !config.allowedDir().isEmpty());
    return Arrays.copyOf(w.buffer(), w.size());
  }
}
