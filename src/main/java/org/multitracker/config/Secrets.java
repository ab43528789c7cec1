package org.multitracker.config;

import java.util.Set;

/**
 * What must never reach a log, an error message, a metric or a page: the aggregator password
 * (aggregator), the forwarding password (aggregate_forward's second part), dedicated_seed_id
 * (whoever knows it can mark torrents seeded) and the admin hash (admin_password_hash). Values are
 * replaced by {@link #REDACTED}; URLs keep only what says where they point.
 */
public final class Secrets {
  public static final String REDACTED = "<redacted>";

  /** Options whose whole value is secret (aggregator's 0 and 1 are modes, shown as they are). */
  static final Set<String> SECRET_OPTIONS =
      Set.of("aggregator", "dedicated_seed_id", "admin_password_hash");

  private Secrets() {}

  /** An option's value as it may be shown. */
  public static String option(String name, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    if (name.equals("aggregator") && (value.equals("0") || value.equals("1"))) {
      return value;
    }
    if (name.equals("aggregate_forward")) {
      return forwardOption(value);
    }
    return SECRET_OPTIONS.contains(name) ? REDACTED : value;
  }

  /** aggregate_forward ({@code url[,password]}) with the URL shown by {@link #url}. */
  public static String forwardOption(String value) {
    int comma = value.indexOf(',');
    String url = comma < 0 ? value : value.substring(0, comma);
    return url(url.trim()) + (comma < 0 ? "" : "," + REDACTED);
  }

  /**
   * A URL without what may hold credentials: user info ({@code user:pass@}) and whatever follows
   * the path (a query may carry a passkey) are replaced by {@link #REDACTED}. Text that is not a
   * URL is redacted whole.
   */
  public static String url(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return REDACTED;
    }
    int start = scheme + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    StringBuilder shown = new StringBuilder(url.length()).append(url, 0, start);
    if (at >= 0) {
      shown.append(REDACTED).append('@');
    }
    shown.append(authority, at + 1, authority.length());
    int rest = end;
    while (rest < url.length() && "?#".indexOf(url.charAt(rest)) < 0) {
      rest++;
    }
    shown.append(url, end, rest);
    if (rest < url.length()) {
      shown.append(url.charAt(rest)).append(REDACTED);
    }
    return shown.toString();
  }
}
