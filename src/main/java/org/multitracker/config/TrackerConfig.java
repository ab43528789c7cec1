package org.multitracker.config;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Every bttrack option, with BitTornado's names and defaults. Durations are in seconds, as in
 * bttrack. Built once by {@link #from}, which validates everything or throws.
 */
public record TrackerConfig(
    String dfile,
    int saveDfileInterval,
    int timeoutDownloadersInterval,
    int reannounceInterval,
    int responseSize,
    int natCheck,
    boolean logNatChecks,
    double minTimeBetweenLogFlushes,
    double minTimeBetweenCacheRefreshes,
    String allowedDir,
    String allowedList,
    boolean allowedControls,
    boolean multitrackerEnabled,
    MultitrackerAllowed multitrackerAllowed,
    int multitrackerReannounceInterval,
    int multitrackerMaxpeers,
    String aggregateForward,
    String aggregator,
    boolean hupmonitor,
    int httpTimeout,
    int parseDirInterval,
    boolean showInfopage,
    String infopageRedirect,
    boolean showNames,
    String favicon,
    String allowedIps,
    String bannedIps,
    int onlyLocalOverrideIp,
    String logfile,
    boolean allowGet,
    boolean keepDead,
    ScrapeAllowed scrapeAllowed,
    String dedicatedSeedId,
    boolean compactReqd,
    String multitrackerTrusted,
    String multitrackerTemplate,
    int aggregatorRetentionDays,
    int aggregateForwardQueue,
    String aggregateForwardSpool,
    int maxTorrents,
    int maxPeers,
    int maxPeersPerTorrent,
    String adminUser,
    String adminPasswordHash) {

  /** Reads and validates every option; {@code lookup} gives the raw value of "tracker.x". */
  public static TrackerConfig from(Function<String, Optional<String>> lookup) {
    OptionReader r = new OptionReader(lookup);
    r.refuseListenerOptions();
    TrackerConfig c =
        new TrackerConfig(
            r.string("dfile", ""),
            r.integer("save_dfile_interval", 300, 1, 86_400),
            r.integer("timeout_downloaders_interval", 2700, 1, 604_800),
            r.integer("reannounce_interval", 1800, 1, 86_400),
            r.integer("response_size", 50, 0, 1000),
            r.integer("nat_check", 3, 0, 100),
            r.bool("log_nat_checks", false),
            r.decimal("min_time_between_log_flushes", 3.0, 0, 3600),
            r.decimal("min_time_between_cache_refreshes", 600.0, 0, 86_400),
            r.string("allowed_dir", ""),
            r.string("allowed_list", ""),
            r.bool("allowed_controls", false),
            r.bool("multitracker_enabled", false),
            r.choice("multitracker_allowed", MultitrackerAllowed.AUTODETECT),
            r.integer("multitracker_reannounce_interval", 120, 1, 86_400),
            r.integer("multitracker_maxpeers", 20, 0, 1000),
            r.string("aggregate_forward", ""),
            r.string("aggregator", "0"),
            r.bool("hupmonitor", false),
            r.integer("http_timeout", 60, 1, 3600),
            r.integer("parse_dir_interval", 60, 1, 86_400),
            r.bool("show_infopage", true),
            r.string("infopage_redirect", ""),
            r.bool("show_names", true),
            r.string("favicon", ""),
            r.string("allowed_ips", ""),
            r.string("banned_ips", ""),
            r.integer("only_local_override_ip", 2, 0, 2),
            r.string("logfile", ""),
            r.bool("allow_get", false),
            r.bool("keep_dead", false),
            r.choice("scrape_allowed", ScrapeAllowed.FULL),
            r.string("dedicated_seed_id", ""),
            r.bool("compact_reqd", true),
            r.string("multitracker_trusted", ""),
            r.string("multitracker_template", ""),
            r.integer("aggregator_retention_days", 90, 0, 36_500),
            r.integer("aggregate_forward_queue", 100_000, 1, 10_000_000),
            r.string("aggregate_forward_spool", ""),
            r.integer("max_torrents", HeapShare.defaultMaxTorrents(), 1, 100_000_000),
            r.integer("max_peers", HeapShare.defaultMaxPeers(), 1, 200_000_000),
            r.integer(
                "max_peers_per_torrent", HeapShare.defaultMaxPeersPerTorrent(), 1, 200_000_000),
            r.string("admin_user", ""),
            r.string("admin_password_hash", ""));
    UnsupportedOptions.check(c, r);
    AdminOptions.check(c, r);
    r.throwIfInvalid();
    return c;
  }

  /** BitTornado's defaults, as if nothing were configured. */
  public static TrackerConfig defaults() {
    return from(key -> Optional.empty());
  }

  /** multitracker_trusted: tracker URL prefixes that may be polled, comma-separated. */
  public List<String> trustedTrackers() {
    return Arrays.stream(multitrackerTrusted.split(","))
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** aggregator is 1 or a password. */
  public boolean isAggregator() {
    return !aggregator.equals("0");
  }

  /** The aggregator's password, or empty when aggregator=1 (no password). */
  public String aggregatorPassword() {
    return aggregator.equals("1") || aggregator.equals("0") ? "" : aggregator;
  }

  public boolean hasAllowedSet() {
    return !allowedDir.isEmpty() || !allowedList.isEmpty();
  }

  /** Rule of bttrack: mode 2 restricts ip= overrides to intranet clients unless NAT checks run. */
  public boolean restrictIpOverrideToLocal() {
    return onlyLocalOverrideIp == 2 ? natCheck == 0 : onlyLocalOverrideIp == 1;
  }

  /** multitracker_allowed after bttrack's rule that autodetect means none without allowed_dir. */
  public MultitrackerAllowed effectiveMultitrackerAllowed() {
    if (multitrackerAllowed == MultitrackerAllowed.AUTODETECT && allowedDir.isEmpty()) {
      return MultitrackerAllowed.NONE;
    }
    return multitrackerAllowed;
  }

  /**
   * Every option by its bttrack name, as the deployment log shows them: secrets (see {@link
   * Secrets}) are redacted. Written over the record's components so that options added later are
   * listed too.
   */
  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ", "TrackerConfig[", "]");
    for (RecordComponent c : TrackerConfig.class.getRecordComponents()) {
      String option = KnownOptions.optionName(c);
      Object value;
      try {
        value = c.getAccessor().invoke(this);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      shown.add(option + "=" + Secrets.option(option, String.valueOf(value)));
    }
    return shown.toString();
  }
}
