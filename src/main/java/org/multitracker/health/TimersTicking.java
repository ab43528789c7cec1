package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the EJB timers still fire: every timer of the tracker (peer expiry, allowed_dir
 * rescans, T2T polls, database flushes) runs on the same timer service, so a heartbeat timer that
 * stops means they have stopped too, and only a restart helps.
 */
@Liveness
@ApplicationScoped
public class TimersTicking implements HealthCheck {
  static final String NAME = "timers";

  @Inject Heartbeat heartbeat;

  @Override
  public HealthCheckResponse call() {
    long silent = heartbeat.silentMillis();
    return HealthCheckResponse.named(NAME)
        .status(silent <= Heartbeat.STALL_MILLIS)
        .withData("millisSinceLastBeat", silent)
        .build();
  }
}
