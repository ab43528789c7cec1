package org.multitracker.allowed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Swarms;

/**
 * Every parse_dir_interval, re-reads allowed_dir or allowed_list and the IP lists, swaps the
 * results into {@link AllowedTorrents} and drops the swarms of torrents that left. The first pass
 * runs at deployment, so the tracker never serves with an empty set.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AllowedDirScanner {
  private static final Logger LOG = Logger.getLogger(AllowedDirScanner.class.getName());

  @Resource TimerService timers;
  @Inject TrackerConfig config;
  @Inject AllowedTorrents allowed;
  @Inject Swarms swarms;

  private final AllowedDirScan dirScan = new AllowedDirScan();
  private final AllowedListFile listFile = new AllowedListFile(AllowedDirScanner::warn);
  private final IpListFile allowedIps = IpListFile.allowedIps(AllowedDirScanner::warn);
  private final IpListFile bannedIps = IpListFile.bannedIps(AllowedDirScanner::warn);

  @PostConstruct
  void start() {
    if (!config.allowedList().isEmpty() && !config.allowedDir().isEmpty()) {
      warn("allowed_dir and allowed_list are both set: allowed_list wins, allowed_dir is ignored");
    }
    if (!hasFilesToWatch()) {
      return; // nothing to re-read: no timer
    }
    refresh();
    long interval = config.parseDirInterval() * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("allowed-dir", false));
  }

  @Timeout
  void onTimeout() {
    refresh();
  }

  /** Re-reads the files now, at the operator's request (the admin page). */
  public void rescanNow() {
    if (hasFilesToWatch()) {
      refresh();
    }
  }

  /**
   * One pass. Synchronized because the deployment pass and a slow timeout could otherwise meet; the
   * readers keep state between passes and are not thread-safe.
   */
  synchronized void refresh() {
    guarded("torrent list", this::refreshTorrents);
    guarded("IP lists", this::refreshIpLists);
  }

  private static void guarded(String what, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      // The timer must outlive any bug in a pass: keep the previous state and try again next time.
      LOG.log(
          Level.SEVERE,
          "re-reading the {0} failed, keeping the previous one: {1}",
          new Object[] {what, e.toString()});
    }
  }

  private void refreshTorrents() {
    if (!config.allowedList().isEmpty()) {
      listFile.reloadIfChanged(Path.of(config.allowedList())).ifPresent(this::swapIn);
    } else if (!config.allowedDir().isEmpty()) {
      ScanResult result = dirScan.scan(Path.of(config.allowedDir()));
      result.warnings().forEach(AllowedDirScanner::warn);
      allowed.setCurrent(result.allowed());
      result.removed().forEach(swarms::drop);
    }
  }

  private void swapIn(AllowedSet next) {
    Set<InfoHash> removed = allowed.current().hashes();
    removed.removeAll(next.hashes());
    allowed.setCurrent(next);
    removed.forEach(swarms::drop);
  }

  private void refreshIpLists() {
    if (!config.allowedIps().isEmpty()) {
      allowedIps.reloadIfChanged(Path.of(config.allowedIps())).ifPresent(allowed::setAllowedIps);
    }
    if (!config.bannedIps().isEmpty()) {
      bannedIps.reloadIfChanged(Path.of(config.bannedIps())).ifPresent(allowed::setBannedIps);
    }
  }

  private boolean hasFilesToWatch() {
    return allowed.isRestricted()
        || !config.allowedIps().isEmpty()
        || !config.bannedIps().isEmpty();
  }

  private static void warn(String message) {
    LOG.log(Level.WARNING, "{0}", message);
  }
}
