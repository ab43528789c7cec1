package org.multitracker.swarm;

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

/**
 * Every timeout_downloaders_interval, drops the peers not heard from since the previous sweep, so a
 * peer lives between one and two intervals after its last announce (as bttrack).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PeerReaper {
  @Resource TimerService timers;
  @Inject TrackerConfig config;
  @Inject Swarms swarms;

  @PostConstruct
  void schedule() {
    long interval = config.timeoutDownloadersInterval() * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("peer-reaper", false));
  }

  @Timeout
  void sweep() {
    swarms.expire(config.timeoutDownloadersInterval() * 1000L, config.keepDead());
  }
}
