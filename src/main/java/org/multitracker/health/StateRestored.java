package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.multitracker.dfile.RestoreStatus;

/**
 * Not ready while the dfile is being restored: announces are answered meanwhile, but from a part of
 * the swarms. A file that could not be used is no reason to hold clients off: the tracker started
 * empty and says so in the data.
 */
@Readiness
@ApplicationScoped
public class StateRestored implements HealthCheck {
  static final String NAME = "dfile";

  @Inject RestoreStatus status;

  @Override
  public HealthCheckResponse call() {
    RestoreStatus.Phase phase = status.phase();
    return HealthCheckResponse.named(NAME)
        .status(status.settled())
        .withData("phase", phase.name().toLowerCase(Locale.ROOT))
        .withData("torrents", status.torrents())
        .withData("peers", status.peers())
        .build();
  }
}
