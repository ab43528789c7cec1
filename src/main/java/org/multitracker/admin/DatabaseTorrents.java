package org.multitracker.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.reporting.BadParameterException;
import org.multitracker.reporting.ClusterTorrents;
import org.multitracker.reporting.TorrentListing;

/**
 * The aggregator's torrent list for /admin: the request's page, sort and search turned into a
 * database query ({@link ClusterTorrents}), names from allowed_dir where it knows them.
 */
@ApplicationScoped
public class DatabaseTorrents {
  @Inject ClusterTorrents torrents;
  @Inject AllowedTorrents allowed;
  @Inject TrackerConfig config;

  /** A page of the list with the names of its torrents (hex to name, where known). */
  record Page(TorrentListing listing, Map<String, String> names) {}

  /**
   * @throws BadParameterException for a page, sort or search the list cannot take
   */
  Page page(String pageParam, String sortParam, String searchParam, Instant now) {
    TorrentListing.Sort sort = TorrentListing.Sort.parse(sortParam);
    String search = searchParam == null ? "" : searchParam.strip();
    if (search.length() > TorrentListing.MAX_SEARCH) {
      throw new BadParameterException(
          "search: at most " + TorrentListing.MAX_SEARCH + " characters");
    }
    int page = pageNumber(pageParam);
    Map<String, String> known = new HashMap<>();
    for (AllowedTorrent t : allowed.current().byHash().values()) {
      known.put(t.infoHash().hex(), t.meta().name());
    }
    List<String> matches = new ArrayList<>();
    if (!search.isEmpty()) {
      String lower = search.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> e : known.entrySet()) {
        if (matches.size() < TorrentListing.MAX_NAME_MATCHES
            && e.getValue() != null
            && e.getValue().toLowerCase(Locale.ROOT).contains(lower)) {
          matches.add(e.getKey());
        }
      }
    }
    int days = config.aggregatorRetentionDays();
    Instant since = days == 0 ? Instant.EPOCH : now.minus(days, ChronoUnit.DAYS);
    TorrentListing listing = torrents.list(sort, search, matches, page - 1, since, now);
    Map<String, String> names = new HashMap<>();
    listing
        .rows()
        .forEach(
            r -> {
              if (known.containsKey(r.infoHash())) {
                names.put(r.infoHash(), known.get(r.infoHash()));
              }
            });
    return new Page(listing, names);
  }

  /** From 1; at most 1,000,000 so the offset stays small enough for both databases. */
  private static int pageNumber(String p) {
    if (p == null || p.isEmpty()) {
      return 1;
    }
    if (!p.matches("[0-9]{1,7}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 1_000_000) {
      throw new BadParameterException("page must be a number from 1 to 1000000");
    }
    return Integer.parseInt(p);
  }
}
