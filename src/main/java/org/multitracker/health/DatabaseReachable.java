package org.multitracker.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.multitracker.config.TrackerConfig;

/**
 * In aggregator mode, not ready while the database does not answer: announces then only pile up in
 * the bounded buffer. Members never use the database, so for them this check is always up.
 */
@Readiness
@ApplicationScoped
public class DatabaseReachable implements HealthCheck {
  static final String NAME = "database";

  /** Well under the usual probe timeouts of orchestrators (Kubernetes: 1 s default, often 5). */
  static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Inject TrackerConfig config;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  BoundedProbe probe;

  @PostConstruct
  void init() {
    probe = new BoundedProbe(executor, TIMEOUT);
  }

  /**
   * Creates this bean while the application deploys: WildFly asks for health on a management
   * thread, where the java:comp resources above could not be injected.
   */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @Override
  public HealthCheckResponse call() {
    if (!config.isAggregator()) {
      return HealthCheckResponse.named(NAME).up().withData("used", false).build();
    }
    Optional<String> problem = probe.run(this::validConnection);
    return HealthCheckResponse.named(NAME)
        .status(problem.isEmpty())
        .withData("problem", problem.orElse("none"))
        .build();
  }

  private Optional<String> validConnection() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid((int) TIMEOUT.toSeconds())
          ? Optional.empty()
          : Optional.of("the connection did not answer a validation query");
    }
  }
}
