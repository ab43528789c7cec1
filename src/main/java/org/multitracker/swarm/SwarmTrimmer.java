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
import java.util.logging.Logger;

/**
 * Every few seconds, makes room for new torrents when a flood of made-up info hashes has filled
 * max_torrents (see {@link Swarms#trim()}). Below 90% of the limit a tick only reads a count.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SwarmTrimmer {
  private static final Logger LOG = Logger.getLogger(SwarmTrimmer.class.getName());
  static final long INTERVAL_MILLIS = 5_000;

  @Resource TimerService timers;
  @Inject Swarms swarms;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("swarm-trimmer", false));
  }

  @Timeout
  void trim() {
    int evicted = swarms.trim();
    if (evicted > 0) {
      LOG.fine(() -> "max_torrents nearly reached: evicted " + evicted + " idle one-peer torrents");
    }
  }
}
