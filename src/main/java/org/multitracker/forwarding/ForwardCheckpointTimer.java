package org.multitracker.forwarding;

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

/**
 * Starts the forwarder with the application (so a spooled queue is sent without waiting for the
 * first announce), then every {@link #INTERVAL_MILLIS} notes in its checkpoint how many forwarded
 * announces wait, which the next start reports as lost if this run is killed.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ForwardCheckpointTimer {
  static final long INTERVAL_MILLIS = 5000;

  @Resource TimerService timers;
  @Inject AggregateForwarder forwarder;

  @PostConstruct
  void start() {
    if (forwarder.enabled()) {
      timers.createIntervalTimer(
          INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig("forward-checkpoint", false));
    }
  }

  @Timeout
  void tick() {
    forwarder.checkpoint();
  }
}
