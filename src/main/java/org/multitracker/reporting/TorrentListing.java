package org.multitracker.reporting;

import java.util.List;
import java.util.Locale;

/**
 * What the aggregator's admin page asks of its torrent list, and one page of the answer.
 *
 * @param search an info-hash prefix (hex) or part of a name; empty for all
 * @param names the info hashes whose names (from allowed_dir) match the search
 */
public record TorrentListing(
    Sort sort, String search, List<String> names, int page, long total, List<ClusterTorrent> rows) {
  public static final int PAGE_SIZE = 50;
  public static final int MAX_SEARCH = 100;

  /** Names matched beyond this are not searched (the IN list stays bounded). */
  public static final int MAX_NAME_MATCHES = 500;

  /** The orders the list offers, each highest first. */
  public enum Sort {
    PEERS("peers", "current peers"),
    TODAY("today", "distinct peers today"),
    COMPLETIONS("completions", "completions"),
    LAST_SEEN("last_seen", "last seen");

    public final String param;
    public final String label;

    Sort(String param, String label) {
      this.param = param;
      this.label = label;
    }

    /** The sort a parameter names; the default when absent; BadParameterException else. */
    public static Sort parse(String p) {
      if (p == null || p.isEmpty()) {
        return PEERS;
      }
      for (Sort s : values()) {
        if (s.param.equals(p)) {
          return s;
        }
      }
      throw new BadParameterException("sort must be peers, today, completions or last_seen");
    }
  }

  /** The search as an info-hash prefix (lowercase), or null when it is not hex. */
  public static String hashPrefix(String search) {
    return search.matches("[0-9a-fA-F]{1,40}") ? search.toLowerCase(Locale.ROOT) : null;
  }

  public int pages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
