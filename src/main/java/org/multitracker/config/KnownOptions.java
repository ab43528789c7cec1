package org.multitracker.config;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The names of every option, to warn about misspelt ones. */
final class KnownOptions {
  private KnownOptions() {}

  static final Set<String> NAMES =
      Stream.of(
              "port", "bind", "ipv6_enabled", "ipv6_binds_v4", "socket_timeout",
              "timeout_check_interval", "dfile", "save_dfile_interval",
              "timeout_downloaders_interval", "reannounce_interval", "response_size",
              "nat_check", "log_nat_checks", "min_time_between_log_flushes",
              "min_time_between_cache_refreshes", "allowed_dir", "allowed_list",
              "allowed_controls", "multitracker_enabled", "multitracker_allowed",
              "multitracker_reannounce_interval", "multitracker_maxpeers", "aggregate_forward",
              "aggregator", "hupmonitor", "http_timeout", "parse_dir_interval", "show_infopage",
              "infopage_redirect", "show_names", "favicon", "allowed_ips", "banned_ips",
              "only_local_override_ip", "logfile", "allow_get", "keep_dead", "scrape_allowed",
              "dedicated_seed_id", "compact_reqd", "multitracker_trusted",
              "multitracker_template", "aggregator_retention_days", "aggregate_forward_queue",
              "admin_user", "admin_password_hash", "aggregate_forward_spool")
          .map(n -> OptionReader.PREFIX + n)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * True for an option's name in any spelling MicroProfile Config maps to it: an environment
   * variable TRACKER_ALLOWED_DIR is listed back as tracker.allowed.dir.
   */
  static boolean isKnown(String name) {
    String normal = normalize(name);
    return NAMES.stream().anyMatch(n -> normalize(n).equals(normal));
  }

  private static String normalize(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }
}
