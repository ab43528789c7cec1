package org.multitracker.aggregator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.multitracker.announce.AnnounceRequest;
import org.multitracker.announce.RawQuery;
import org.multitracker.config.TrackerConfig;
import org.multitracker.network.IpAddresses;

/**
 * The aggregator's side of an announce: the password check and the record it buffers. The extra
 * parameters our members add (mt_ip: the client's address, mt_tracker: the member, mt_ua: the
 * client's user agent) are believed only when a password protects the aggregator.
 */
@ApplicationScoped
public class AggregatorIntake {
  static final String IP = "mt_ip";
  static final String TRACKER = "mt_tracker";
  static final String USER_AGENT = "mt_ua";

  @Inject TrackerConfig config;
  @Inject AnnounceBuffer buffer;

  /** False when the aggregator has a password and the announce does not carry it. */
  public boolean authorized(AnnounceRequest r) {
    String password = config.aggregatorPassword();
    return password.isEmpty()
        || (r.password() != null
            && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), r.password()));
  }

  /** The client's address: mt_ip from a trusted member, else the connection's. */
  public byte[] clientIp(RawQuery q, byte[] connectionIp) {
    if (trusted()) {
      byte[] given = q.first(IP);
      byte[] ip = given == null || given.length > 64 ? null : IpAddresses.parseLiteral(latin1(given));
      if (ip != null) {
        return ip;
      }
    }
    return connectionIp;
  }

  public void record(RawQuery q, AnnounceRequest r, byte[] clientIp, byte[] connectionIp, String userAgent) {
    String tracker = trusted() && q.has(TRACKER) ? text(q.first(TRACKER)) : IpAddresses.format(connectionIp);
    String ua = trusted() && q.has(USER_AGENT) ? text(q.first(USER_AGENT)) : text(userAgent);
    HexFormat hex = HexFormat.of();
    buffer.offer(
        new AnnounceRecord(
            Instant.now(),
            tracker,
            hex.formatHex(r.infoHash()),
            hex.formatHex(r.peerId()),
            IpAddresses.format(clientIp),
            r.port(),
            r.uploaded(),
            r.downloaded(),
            r.left(),
            r.event().name().toLowerCase(java.util.Locale.ROOT),
            r.key() == null ? null : text(r.key()),
            ua));
  }

  private boolean trusted() {
    return !config.aggregatorPassword().isEmpty();
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] b) {
    return b == null ? null : text(new String(b, StandardCharsets.UTF_8));
  }

  /** Printable and at most 255 characters: these strings come from clients. */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 255));
    for (int i = 0; i < s.length() && b.length() < 255; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.toString();
  }
}
