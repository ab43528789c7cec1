package org.multitracker.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the announce log: a page for the JSON API, or a cursor over everything for the CSV. */
@ApplicationScoped
public class AnnounceLog {
  static final int QUERY_TIMEOUT_SECONDS = 30;
  // Rows per round trip of the CSV cursor: the driver holds this many in memory, no more.
  static final int FETCH_SIZE = 1000;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** One page, newest first; one row more than the page is read to know whether more follow. */
  public AnnouncePage page(AnnounceFilter filter, Paging paging) {
    AnnounceSql sql = new AnnounceSql(filter);
    String query =
        "SELECT "
            + AnnounceSql.COLUMNS
            + AnnounceSql.FROM
            + sql.where
            + AnnounceSql.ORDER
            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      int i = sql.bind(s);
      s.setLong(i, paging.offset());
      s.setInt(i + 1, paging.size() + 1);
      List<AnnounceRow> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(AnnounceSql.row(r));
        }
      }
      boolean more = rows.size() > paging.size();
      List<AnnounceRow> items = more ? rows.subList(0, paging.size()) : rows;
      return new AnnouncePage(paging.page(), paging.size(), List.copyOf(items), more);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
  }

  /**
   * Opens a forward-only cursor over up to {@code maxRows} matching announces, newest first. The
   * query runs now, so a database failure is still an HTTP status; the caller closes the cursor.
   */
  public AnnounceCursor open(AnnounceFilter filter, int maxRows) {
    AnnounceSql sql = new AnnounceSql(filter);
    String query =
        "SELECT "
            + AnnounceSql.COLUMNS
            + AnnounceSql.FROM
            + sql.where
            + AnnounceSql.ORDER
            + " FETCH FIRST ? ROWS ONLY";
    Connection c = null;
    try {
      c = dataSource.getConnection();
      // PostgreSQL streams with a fetch size only inside a transaction; without one it would
      // read the whole result into memory first.
      c.setAutoCommit(false);
      c.setReadOnly(true);
      PreparedStatement s =
          c.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      s.setFetchSize(FETCH_SIZE);
      s.setInt(sql.bind(s), maxRows);
      return new AnnounceCursor(c, s, s.executeQuery());
    } catch (SQLException e) {
      AnnounceCursor.closeQuietly(c);
      throw new DatabaseUnavailableException(e);
    }
  }
}
