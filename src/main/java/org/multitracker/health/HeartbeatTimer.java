package org.multitracker.health;

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

/** Beats every few seconds on the container's timer service, for {@link Heartbeat}. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HeartbeatTimer {
  static final long BEAT_MILLIS = 5_000;

  @Resource TimerService timers;
  @Inject Heartbeat heartbeat;

  @PostConstruct
  void start() {
    timers.createIntervalTimer(BEAT_MILLIS, BEAT_MILLIS, new TimerConfig("heartbeat", false));
  }

  @Timeout
  void beat() {
    heartbeat.beat();
  }
}
