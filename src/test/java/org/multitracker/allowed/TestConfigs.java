package org.multitracker.allowed;

import org.multitracker.config.TrackerConfig;

/**
 * A {@link TrackerConfig} with the allowed options set. Built through the record's constructor
 * because {@code TrackerConfig.from} still refuses these options until the feature is wired in.
 */
final class TestConfigs {

  private TestConfigs() {}

  static TrackerConfig unrestricted() {
    return TrackerConfig.defaults();
  }

  static TrackerConfig with(
      String allowedDir, String allowedList, String allowedIps, String bannedIps) {
    TrackerConfig d = TrackerConfig.defaults();
    return new TrackerConfig(
        d.dfile(),
        d.saveDfileInterval(),
        d.timeoutDownloadersInterval(),
        d.reannounceInterval(),
        d.responseSize(),
        d.natCheck(),
        d.logNatChecks(),
        d.minTimeBetweenLogFlushes(),
        d.minTimeBetweenCacheRefreshes(),
        allowedDir,
        allowedList,
        d.allowedControls(),
        d.multitrackerEnabled(),
        d.multitrackerAllowed(),
        d.multitrackerReannounceInterval(),
        d.multitrackerMaxpeers(),
        d.aggregateForward(),
        d.aggregator(),
        d.hupmonitor(),
        d.httpTimeout(),
        d.parseDirInterval(),
        d.showInfopage(),
        d.infopageRedirect(),
        d.showNames(),
        d.favicon(),
        allowedIps,
        bannedIps,
        d.onlyLocalOverrideIp(),
        d.logfile(),
        d.allowGet(),
        d.keepDead(),
        d.scrapeAllowed(),
        d.dedicatedSeedId(),
        d.compactReqd());
  }

  static TrackerConfig allowedDir(String dir) {
    return with(dir, "", "", "");
  }

  static TrackerConfig allowedList(String file) {
    return with("", file, "", "");
  }

  static TrackerConfig ipLists(String allowedIps, String bannedIps) {
    return with("", "", allowedIps, bannedIps);
  }
}
