package org.multitracker.allowed;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Swarms;

/** One pass of the scanner: read what changed, swap it in, drop the swarms of removed torrents. */
final class AllowedRefresh {
  private static final Logger LOG = Logger.getLogger(AllowedRefresh.class.getName());

  private final TrackerConfig config;
  private final AllowedTorrents allowed;
  private final Swarms swarms;
  private final AllowedDirScan dirScan = new AllowedDirScan();
  private final AllowedListFile listFile = new AllowedListFile(LOG::warning);
  private final IpListFile allowedIps = IpListFile.allowedIps(LOG::warning);
  private final IpListFile bannedIps = IpListFile.bannedIps(LOG::warning);

  AllowedRefresh(TrackerConfig config, AllowedTorrents allowed, Swarms swarms) {
    this.config = config;
    this.allowed = allowed;
    this.swarms = swarms;
    if (!config.allowedList().isEmpty() && !config.allowedDir().isEmpty()) {
      LOG.warning("Both allowed_list and allowed_dir are set: allowed_list wins");
    }
  }

  /** Never throws: a timer that throws may be cancelled, and the tracker keeps its last state. */
  void run() {
    try {
      refreshTorrents();
      if (!config.allowedIps().isEmpty()) {
        allowedIps.reloadIfChanged(Path.of(config.allowedIps())).ifPresent(allowed::replaceAllowedIps);
      }
      if (!config.bannedIps().isEmpty()) {
        bannedIps.reloadIfChanged(Path.of(config.bannedIps())).ifPresent(allowed::replaceBannedIps);
      }
    } catch (RuntimeException e) {
      LOG.severe(() -> "allowed_dir pass failed, previous state kept: " + e);
    }
  }

  private void refreshTorrents() {
    if (!config.allowedList().isEmpty()) {
      listFile
          .reloadIfChanged(Path.of(config.allowedList()))
          .ifPresent(
              set -> {
                AllowedSet old = allowed.current();
                allowed.replace(set);
                for (InfoHash h : old.hashes()) {
                  if (!set.contains(h)) {
                    swarms.drop(h);
                  }
                }
              });
    } else if (!config.allowedDir().isEmpty()) {
      ScanResult result = dirScan.scan(Path.of(config.allowedDir()));
      result.warnings().forEach(LOG::warning);
      allowed.replace(result.allowed());
      result.removed().forEach(swarms::drop);
    }
  }
}
