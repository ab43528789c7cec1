package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Where the aggregator's two databases differ in the SQL the ingest and the rollups need:
 * PostgreSQL upserts with INSERT ... ON CONFLICT and partitions the log; H2 merges.
 */
enum Dialect {
  POSTGRESQL,
  H2;

  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
  }

  boolean partitions() {
    return this == POSTGRESQL;
  }

  /**
   * The UTC day of a timestamp column. H2 casts in the session's zone, so its callers set the
   * session to UTC first ({@link #utcSession}).
   */
  String utcDay(String column) {
    return this == POSTGRESQL
        ? "CAST(" + column + " AT TIME ZONE 'UTC' AS DATE)"
        : "CAST(" + column + " AS DATE)";
  }

  /**
   * The statements that make CAST(... AS DATE) a UTC day in this session and undo it (H2), or none
   * (PostgreSQL, whose {@link #utcDay} does not depend on the session).
   */
  List<String> utcSession() {
    return this == POSTGRESQL ? List.of() : List.of("SET TIME ZONE 'UTC'", "SET TIME ZONE LOCAL");
  }
}
