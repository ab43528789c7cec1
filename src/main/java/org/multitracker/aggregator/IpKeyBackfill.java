package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.multitracker.network.IpKey;

/**
 * Migration 4: fills announce_log.ip_key (added by V3) for rows written before it existed. A Java
 * migration because turning an IPv6 literal into bytes has no portable SQL. One UPDATE per distinct
 * address, through the ip index: a log has far fewer addresses than rows.
 */
public class IpKeyBackfill extends NamedJavaMigration {
  public IpKeyBackfill() {
    super("4", "announce log ip key backfill");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<String> addresses = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT DISTINCT ip FROM announce_log WHERE ip_key IS NULL");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        addresses.add(r.getString(1));
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("UPDATE announce_log SET ip_key = ? WHERE ip = ? AND ip_key IS NULL")) {
      for (String ip : addresses) {
        String key = IpKey.ofLiteral(ip);
        if (key != null) {
          s.setString(1, key);
          s.setString(2, ip);
          s.executeUpdate();
        }
      }
    }
  }
}
