package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One statement for many rows: {@code head VALUES (row), (row), ... tail}, up to {@link #ROWS} rows
 * per statement (what reWriteBatchedInserts would send, on any driver and database).
 */
final class MultiRow {
  static final int ROWS = 500;

  interface Results {
    void row(ResultSet r) throws SQLException;
  }

  private MultiRow() {}

  static void execute(
      Connection c, String head, String rowTemplate, String tail, List<Object[]> rows)
      throws SQLException {
    execute(c, head, rowTemplate, tail, rows, null);
  }

  /** Runs the statements; when results is given, the statements RETURNING rows are read. */
  static void execute(
      Connection c,
      String head,
      String rowTemplate,
      String tail,
      List<Object[]> rows,
      Results results)
      throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
      StringBuilder sql =
          new StringBuilder(
                  head.length() + tail.length() + chunk.size() * (rowTemplate.length() + 2) + 8)
              .append(head)
              .append(" VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(rowTemplate);
      }
      sql.append(tail);
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        int p = 1;
        for (Object[] row : chunk) {
          for (Object v : row) {
            s.setObject(p++, v);
          }
        }
        if (results == null) {
          s.executeUpdate();
        } else {
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              results.row(r);
            }
          }
        }
      }
    }
  }

  /** "(?, ?, ?)" for n columns. */
  static String placeholders(int n) {
    return "(" + "?, ".repeat(n - 1) + "?)";
  }
}
