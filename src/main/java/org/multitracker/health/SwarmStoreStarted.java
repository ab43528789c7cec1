package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.multitracker.state.RestoreStatus;

/**
 * Not live when the swarm store was never initialised (its start-up bean did not run) or its
 * restore failed in a way that leaves the JVM suspect: only a restart helps. A restore that is
 * still running, or a dfile that was moved aside, is live. A WAR that is not deployed at all has
 * no checks: the server's empty-liveness-checks-status (DOWN, configure-server.cli) covers it.
 */
@Liveness
@ApplicationScoped
public class SwarmStoreStarted implements HealthCheck {
  static final String NAME = "swarm-store";

  @Inject RestoreStatus status;

  @Override
  public HealthCheckResponse call() {
    RestoreStatus.Phase phase = status.phase();
    boolean up = phase != RestoreStatus.Phase.NOT_STARTED && phase != RestoreStatus.Phase.BROKEN;
    return HealthCheckResponse.named(NAME)
        .status(up)
        .withData("phase", phase.name().toLowerCase(Locale.ROOT))
        .build();
  }
}
