package org.multitracker.aggregator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.multitracker.config.TrackerConfig;

/**
 * Brings the aggregator's database to the schema of db-migrations/ (common/, then h2/ or
 * postgresql/) with Flyway when the WAR deploys (a rerun is a no-op). Only in aggregator mode:
 * member trackers never touch a database.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  /** Migrations 4, 6 and 7.1, which need Java. */
  public static JavaMigration[] javaMigrations() {
    return new JavaMigration[] {new IpKeyBackfill(), new RollupRebuild(), new CompactIdsCopy()};
  }

  /**
   * The scripts for both databases (base/common), then those of the database at hand (base/h2 or
   * base/postgresql).
   */
  public static String[] locations(String base, DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String vendor = Dialect.of(c) == Dialect.POSTGRESQL ? "postgresql" : "h2";
      return new String[] {base + "/common", base + "/" + vendor};
    }
  }

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject TrackerConfig config;

  @PostConstruct
  void migrate() {
    if (!config.isAggregator()) {
      return;
    }
    try {
      var result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations(locations("classpath:db/migration", dataSource))
              .javaMigrations(javaMigrations())
              .load()
              .migrate();
      LOG.info(
          () ->
              "Aggregator database at schema version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (SQLException | RuntimeException e) {
      // The tracker still starts: announces wait in the bounded buffer until the database works.
      LOG.severe(() -> "Cannot migrate the aggregator database: " + e.getMessage());
    }
  }
}
