package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.multitracker.allowed.ReadableDirectory;
import org.multitracker.config.TrackerConfig;

/**
 * Not ready while allowed_dir cannot be listed: the tracker would keep serving the torrents it last
 * saw, but a new or removed .torrent would go unnoticed.
 */
@Readiness
@ApplicationScoped
public class AllowedDirReadable implements HealthCheck {
  static final String NAME = "allowed-dir";

  @Inject TrackerConfig config;

  @Override
  public HealthCheckResponse call() {
    if (config.allowedDir().isEmpty()) {
      return HealthCheckResponse.named(NAME).up().withData("configured", false).build();
    }
    if (!config.allowedList().isEmpty()) {
      // The scanner reads allowed_list instead and warned about it at start.
      return HealthCheckResponse.named(NAME).up().withData("ignored", "allowed_list wins").build();
    }
    Optional<String> problem = ReadableDirectory.problem(Path.of(config.allowedDir()));
    return HealthCheckResponse.named(NAME)
        .status(problem.isEmpty())
        .withData("path", config.allowedDir())
        .withData("problem", problem.orElse("none"))
        .build();
  }
}
