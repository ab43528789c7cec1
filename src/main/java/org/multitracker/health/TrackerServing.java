package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.multitracker.dfile.RestoreStatus;

/**
 * Not live when the WAR is deployed but does not serve: its web context never started (WildFly
 * keeps a deployment that failed at boot, checks and all, in state FAILED), or the swarm store was
 * never initialised, or its restore failed in a way that leaves the JVM suspect. Only a restart
 * helps then. A restore still running, or a dfile moved aside, is live. A WAR that is not deployed
 * at all has no checks: the server's empty-liveness-checks-status (DOWN, configure-server.cli)
 * covers that.
 */
@Liveness
@ApplicationScoped
public class TrackerServing implements HealthCheck {
  static final String NAME = "serving";

  @Inject RestoreStatus status;
  @Inject WebContextState web;

  @Override
  public HealthCheckResponse call() {
    RestoreStatus.Phase phase = status.phase();
    boolean storeUp =
        phase != RestoreStatus.Phase.NOT_STARTED && phase != RestoreStatus.Phase.BROKEN;
    return HealthCheckResponse.named(NAME)
        .status(storeUp && web.started())
        .withData("web", web.started())
        .withData("swarmStore", phase.name().toLowerCase(Locale.ROOT))
        .build();
  }
}
