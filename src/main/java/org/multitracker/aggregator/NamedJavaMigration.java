package org.multitracker.aggregator;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that says its version and description (Flyway's BaseJavaMigration would read
 * them from a class name such as V4__backfill). Each runs in the migration's transaction, and its
 * checksum never changes: the code of an applied migration is not edited.
 */
abstract class NamedJavaMigration implements JavaMigration {
  private final MigrationVersion version;
  private final String description;

  NamedJavaMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return 1;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
