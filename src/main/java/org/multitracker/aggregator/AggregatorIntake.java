package org.multitracker.aggregator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.multitracker.config.TrackerConfig;
import org.multitracker.network.IpAddresses;
import org.multitracker.wire.AnnounceRequest;
import org.multitracker.wire.RawQuery;

/**
 * The aggregator's side of an announce: the password check, the intake checks and the record it
 * buffers. The extra parameters our members add (mt_ip: the client's address, mt_tracker: the
 * member, mt_ua: the client's user agent) and a BitTornado member's client's ip= are believed only
 * when a password protects the aggregator.
 */
@ApplicationScoped
public class AggregatorIntake {
  static final String IP = "mt_ip";
  static final String TRACKER = "mt_tracker";
  static final String USER_AGENT = "mt_ua";
  static final String MEMBER_PREFIX = "mt_";
  static final String GIVEN_IP = "ip";

  @Inject TrackerConfig config;
  @Inject AnnounceBuffer buffer;

  /** False when the aggregator has a password and the announce does not carry it. */
  public boolean authorized(AnnounceRequest r) {
    String password = config.aggregatorPassword();
    return password.isEmpty()
        || (r.password() != null
            && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), r.password()));
  }

  /**
   * Null when a forwarded announce may be recorded, else the failure reason. A parameter the
   * aggregator believes only from a member (mt_*) must come once: a second one is a client's
   * forgery that a member let through (releases before issue 13 dropped only literal prefixes).
   */
  public String refusal(RawQuery q) {
    for (int i = 0; i < q.size(); i++) {
      String name = q.key(i);
      if (name.startsWith(MEMBER_PREFIX)) {
        for (int j = i + 1; j < q.size(); j++) {
          if (q.key(j).equals(name)) {
            return "repeated parameter " + AggregatorIntake.text(name);
          }
        }
      }
    }
    return null;
  }

  /**
   * The client's address. From a member that knows the password: our members' mt_ip (they have
   * applied their own ip= rules), else, from a BitTornado member, which sends only the client's
   * query, the client's ip= (BitTornado's "given ip"). Otherwise, or when that is not an address
   * literal, the connection's: the member itself.
   */
  public byte[] clientIp(RawQuery q, byte[] connectionIp) {
    if (!trusted()) {
      return connectionIp;
    }
    byte[] said = q.has(IP) ? q.first(IP) : q.first(GIVEN_IP);
    byte[] ip =
        said == null || said.length > 64 ? null : IpAddresses.parseLiteral(latin1(said).trim());
    return ip != null ? ip : connectionIp;
  }

  public void record(
      RawQuery q, AnnounceRequest r, byte[] clientIp, byte[] connectionIp, String userAgent) {
    String tracker =
        trusted() && q.has(TRACKER) ? text(q.first(TRACKER)) : IpAddresses.format(connectionIp);
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
            r.event().name().toLowerCase(Locale.ROOT),
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
