package org.multitracker.aggregator;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The day partitions of announce_log and rollup_day_peer on PostgreSQL (migration 5): one per UTC
 * day, named announce_log_pYYYYMMDD and rollup_day_peer_pYYYYMMDD. Created ahead by a timer ({@link
 * LogMaintenance}) and, should a day still lack one, by the ingest before it writes; retention
 * drops whole days. H2 has no partitions and never comes here.
 */
@ApplicationScoped
public class LogPartitions {
  static final String[] TABLES = {"announce_log", "rollup_day_peer"};
  private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("'p'yyyyMMdd");

  /** Days known to have their partitions, so that the ingest asks the catalog only once a day. */
  private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

  /** Creates the partitions of the days that lack them. */
  void ensure(Connection c, Collection<LocalDate> days) throws SQLException {
    for (LocalDate day : days) {
      if (!known.contains(day)) {
        create(c, day);
        known.add(day);
      }
    }
  }

  /** After a failed write: the partitions it created may have been rolled back with it. */
  void forget() {
    known.clear();
  }

  private static void create(Connection c, LocalDate day) throws SQLException {
    String from = day + " 00:00:00+00";
    String to = day.plusDays(1) + " 00:00:00+00";
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS announce_log_"
              + SUFFIX.format(day)
              + " PARTITION OF announce_log FOR VALUES FROM ('"
              + from
              + "') TO ('"
              + to
              + "')");
      s.execute(
          "CREATE TABLE IF NOT EXISTS rollup_day_peer_"
              + SUFFIX.format(day)
              + " PARTITION OF rollup_day_peer FOR VALUES FROM ('"
              + day
              + "') TO ('"
              + day.plusDays(1)
              + "')");
    }
  }

  /** Drops the partitions of the days before firstKept; returns the dropped tables' names. */
  List<String> dropBefore(Connection c, LocalDate firstKept) throws SQLException {
    List<String> dropped = new ArrayList<>();
    for (String table : TABLES) {
      for (String partition : partitionsOf(c, table)) {
        LocalDate day = dayOf(table, partition);
        if (day != null && day.isBefore(firstKept)) {
          try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + partition);
          }
          known.remove(day);
          dropped.add(partition);
        }
      }
    }
    return dropped;
  }

  static List<String> partitionsOf(Connection c, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.relname FROM pg_inherits i"
                + " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass(?)"
                + " ORDER BY c.relname")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
    }
    return names;
  }

  /** The day of a partition named by this class, or null for any other. */
  static LocalDate dayOf(String table, String partition) {
    String prefix = table + "_";
    if (!partition.startsWith(prefix)) {
      return null;
    }
    try {
      return LocalDate.parse(partition.substring(prefix.length()), SUFFIX);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
