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
import org.multitracker.config.TrackerConfig;
import org.multitracker.swarm.Swarms;

/**
 * Re-reads allowed_dir (or allowed_list) and the IP lists every parse_dir_interval, off the
 * request path; the first pass runs while the application starts.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AllowedDirScanner {
  @Resource TimerService timers;
  @Inject TrackerConfig config;
  @Inject AllowedTorrents allowed;
  @Inject Swarms swarms;

  private AllowedRefresh refresh;

  @PostConstruct
  void start() {
    refresh = new AllowedRefresh(config, allowed, swarms);
    refresh.run();
    long interval = config.parseDirInterval() * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("allowed-dir", false));
  }

  @Timeout
  void rescan() {
    refresh.run();
  }
}
