package org.multitracker.aggregator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.multitracker.config.TrackerConfig;

/**
 * Brings the aggregator's database to the schema of db-migrations/ with Flyway when the WAR
 * deploys (a rerun is a no-op). Only in aggregator mode: member trackers never touch a database.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

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
              .locations("classpath:db/migration")
              .javaMigrations(new IpKeyBackfill())
              .load()
              .migrate();
      LOG.info(() -> "Aggregator database at schema version " + result.targetSchemaVersion
          + " (" + result.migrationsExecuted + " migrations applied now)");
    } catch (RuntimeException e) {
      // The tracker still starts: announces wait in the bounded buffer until the database works.
      LOG.severe(() -> "Cannot migrate the aggregator database: " + e.getMessage());
    }
  }
}
