package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of names by id (tracker_names, user_agents: migration 7), so that the log stores a 4-byte
 * id where it stored the same text millions of times. Names are added on first sight and never
 * removed; a batch looks up its few distinct names in one query and adds the missing ones.
 */
final class Dictionary {
  private final String table;

  Dictionary(String table) {
    this.table = table;
  }

  /** The id of each name (nulls are skipped), adding the names the table does not have yet. */
  Map<String, Integer> ids(Connection c, Dialect dialect, Collection<String> names)
      throws SQLException {
    List<String> wanted = names.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, Integer> ids = new HashMap<>();
    if (wanted.isEmpty()) {
      return ids;
    }
    find(c, wanted, ids);
    List<Object[]> missing = new ArrayList<>();
    for (String n : wanted) {
      if (!ids.containsKey(n)) {
        missing.add(new Object[] {n});
      }
    }
    if (!missing.isEmpty()) {
      if (dialect == Dialect.POSTGRESQL) {
        MultiRow.execute(
            c,
            "INSERT INTO " + table + " (name)",
            "(?)",
            " ON CONFLICT (name) DO NOTHING",
            missing);
      } else {
        MultiRow.execute(c, "MERGE INTO " + table + " (name) KEY (name)", "(?)", "", missing);
      }
      find(c, missing.stream().map(m -> (String) m[0]).toList(), ids);
    }
    return ids;
  }

  private void find(Connection c, List<String> names, Map<String, Integer> into)
      throws SQLException {
    for (int i = 0; i < names.size(); i += MultiRow.ROWS) {
      List<String> chunk = names.subList(i, Math.min(names.size(), i + MultiRow.ROWS));
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT name, id FROM "
                  + table
                  + " WHERE name IN ("
                  + "?, ".repeat(chunk.size() - 1)
                  + "?)")) {
        for (int p = 0; p < chunk.size(); p++) {
          s.setString(p + 1, chunk.get(p));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            into.put(r.getString(1), r.getInt(2));
          }
        }
      }
    }
  }
}
