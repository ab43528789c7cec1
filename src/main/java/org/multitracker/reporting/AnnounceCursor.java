package org.multitracker.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** An open query over the announce log, read row by row; owns its connection. */
public final class AnnounceCursor implements AutoCloseable {
  private final Connection connection;
  private final PreparedStatement statement;
  private final ResultSet rows;

  AnnounceCursor(Connection connection, PreparedStatement statement, ResultSet rows) {
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
  }

  /** The next row, or null at the end. */
  public AnnounceRow next() {
    try {
      return rows.next() ? AnnounceSql.row(rows) : null;
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      // the connection is closed below all the same
    }
    closeQuietly(connection);
  }

  static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.rollback(); // read only: nothing to keep, and the pool gets it back clean
      c.setAutoCommit(true);
      c.setReadOnly(false);
    } catch (SQLException e) {
      // a broken connection: closing it is all that is left
    }
    try {
      c.close();
    } catch (SQLException e) {
      // nothing more to release
    }
  }
}
