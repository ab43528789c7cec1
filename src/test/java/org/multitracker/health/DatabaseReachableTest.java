package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.multitracker.config.TrackerConfig;

class DatabaseReachableTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private DatabaseReachable check(String aggregator, DataSource dataSource) {
    DatabaseReachable check = new DatabaseReachable();
    Map<String, String> options = Map.of("tracker.aggregator", aggregator);
    check.config = TrackerConfig.from(key -> Optional.ofNullable(options.get(key)));
    check.dataSource = dataSource;
    return check;
  }

  private HealthCheckResponse call(DatabaseReachable check) {
    check.probe = new BoundedProbe(pool, Duration.ofMillis(500));
    return check.call();
  }

  /** A DataSource whose connections answer isValid with {@code valid}, or that throws. */
  private static DataSource dataSource(boolean valid, SQLException failure, long delayMillis) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, args) -> {
              if (!m.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(m.getName());
              }
              Thread.sleep(delayMillis);
              if (failure != null) {
                throw failure;
              }
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (c, cm, cargs) -> cm.getName().equals("isValid") ? valid : null);
            });
  }

  @Test
  void isAlwaysReadyOnAMemberWithoutTouchingTheDatabase() {
    DatabaseReachable check = check("0", null);
    HealthCheckResponse r = call(check);
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(r.getData().orElseThrow()).containsEntry("used", false);
  }

  @Test
  void isReadyWhenTheAggregatorsDatabaseAnswers() {
    assertThat(call(check("secret", dataSource(true, null, 0))).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void isNotReadyWhenTheDatabaseRefusesConnections() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused");
    HealthCheckResponse r = call(check("1", dataSource(true, refused, 0)));
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(r.getData().orElseThrow().get("problem").toString()).contains("refused");
  }

  @Test
  void isNotReadyWhenTheConnectionDoesNotValidate() {
    assertThat(call(check("1", dataSource(false, null, 0))).getStatus())
        .isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  @Test
  void answersWithinTheTimeoutWhenTheDatabaseHangs() {
    long start = System.nanoTime();
    HealthCheckResponse r = call(check("1", dataSource(true, null, 20_000)));
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(r.getData().orElseThrow().get("problem").toString()).startsWith("no answer within");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
  }
}
