package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The counters' upsert of {@link AnnounceWriter}: one statement per 500 rows, either database. */
final class Upsert {
  private Upsert() {}

  /**
   * Inserts rows (key columns, then added columns, then the optional least and greatest columns),
   * or adds them to the row with the same key: INSERT ... ON CONFLICT DO UPDATE on PostgreSQL,
   * MERGE on H2 (whose VALUES need typed parameters).
   */
  static void upsertAdding(
      Connection c,
      Dialect dialect,
      String table,
      String[] keys,
      String[] types,
      String[] added,
      String least,
      String greatest,
      List<Object[]> rows)
      throws SQLException {
    List<String> columns = new ArrayList<>(List.of(keys));
    columns.addAll(List.of(added));
    if (least != null) {
      columns.add(least);
      columns.add(greatest);
    }
    List<String> updates = updates(dialect, table, added, least, greatest);
    String list = String.join(", ", columns);
    if (dialect == Dialect.POSTGRESQL) {
      MultiRow.execute(
          c,
          "INSERT INTO " + table + " (" + list + ")",
          MultiRow.placeholders(columns.size()),
          " ON CONFLICT ("
              + String.join(", ", keys)
              + ") DO UPDATE SET "
              + String.join(", ", updates),
          rows);
      return;
    }
    merge(c, table, keys, types, columns, updates, rows);
  }

  /** SET clauses adding each added column and keeping the least and greatest of the pair. */
  private static List<String> updates(
      Dialect dialect, String table, String[] added, String least, String greatest) {
    List<String> updates = new ArrayList<>();
    String target = dialect == Dialect.POSTGRESQL ? table : "t";
    String source = dialect == Dialect.POSTGRESQL ? "EXCLUDED" : "s";
    for (String a : added) {
      updates.add(a + " = " + target + "." + a + " + " + source + "." + a);
    }
    if (least != null) {
      updates.add(least + " = LEAST(" + target + "." + least + ", " + source + "." + least + ")");
      updates.add(
          greatest
              + " = GREATEST("
              + target
              + "."
              + greatest
              + ", "
              + source
              + "."
              + greatest
              + ")");
    }
    return updates;
  }

  /** H2's MERGE, whose VALUES need typed parameters. */
  private static void merge(
      Connection c,
      String table,
      String[] keys,
      String[] types,
      List<String> columns,
      List<String> updates,
      List<Object[]> rows)
      throws SQLException {
    String list = String.join(", ", columns);
    List<String> typed = new ArrayList<>();
    List<String> on = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      typed.add("CAST(? AS " + types[i] + ")");
      values.add("s." + columns.get(i));
    }
    for (String k : keys) {
      on.add("t." + k + " = s." + k);
    }
    MultiRow.execute(
        c,
        "MERGE INTO " + table + " t USING (",
        "(" + String.join(", ", typed) + ")",
        ") s("
            + list
            + ") ON "
            + String.join(" AND ", on)
            + " WHEN MATCHED THEN UPDATE SET "
            + String.join(", ", updates)
            + " WHEN NOT MATCHED THEN INSERT ("
            + list
            + ") VALUES ("
            + String.join(", ", values)
            + ")",
        rows);
  }
}
