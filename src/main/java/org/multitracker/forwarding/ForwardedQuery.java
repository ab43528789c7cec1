package org.multitracker.forwarding;

import java.nio.charset.StandardCharsets;
import org.multitracker.wire.RawQuery;

/**
 * The query a member sends the aggregator, rebuilt from the client's parsed query rather than cut
 * out of its text: a client spells names as it likes (mt%5Fip, %70assword), and only the decoded
 * name says what the aggregator will read. Every value is re-encoded byte for byte, so binary info
 * hashes and peer ids arrive unchanged.
 */
final class ForwardedQuery {
  static final int MAX_USER_AGENT = 255;

  private ForwardedQuery() {}

  /**
   * The client's parameters minus those {@link #notForwarded}, then the password (when there is
   * one), the client's address, the member's identity and the client's user agent.
   */
  static String build(
      RawQuery client, String password, String clientIp, String userAgent, String identity) {
    StringBuilder q = new StringBuilder(384);
    for (int i = 0; i < client.size(); i++) {
      String name = client.key(i);
      if (!notForwarded(name)) {
        separate(q);
        for (int c = 0; c < name.length(); c++) {
          encode(q, name.charAt(c)); // RawQuery's names hold one byte a char
        }
        q.append('=');
        encode(q, client.value(i));
      }
    }
    if (!password.isEmpty()) {
      append(q, "password", password);
    }
    append(q, "mt_ip", clientIp);
    append(q, "mt_tracker", identity);
    if (userAgent != null) {
      append(q, "mt_ua", truncate(userAgent));
    }
    return q.toString();
  }

  /**
   * The password and every mt_* parameter, in any letter case: the aggregator believes these only
   * from a member, so a client's own are dropped. seed_id too: it is this member's
   * dedicated_seed_id, a secret the aggregator has no use for.
   */
  static boolean notForwarded(String name) {
    return name.equalsIgnoreCase("password")
        || name.regionMatches(true, 0, "mt_", 0, 3)
        || name.equalsIgnoreCase("seed_id");
  }

  /** One of the member's own parameters: an ASCII name, a value sent as UTF-8. */
  private static void append(StringBuilder q, String name, String value) {
    separate(q);
    q.append(name).append('=');
    encode(q, value.getBytes(StandardCharsets.UTF_8));
  }

  private static void separate(StringBuilder q) {
    if (q.length() > 0) {
      q.append('&');
    }
  }

  private static void encode(StringBuilder q, byte[] bytes) {
    for (byte b : bytes) {
      encode(q, b & 0xff);
    }
  }

  /** RFC 3986 unreserved characters as they are, every other byte as %XX. */
  private static void encode(StringBuilder q, int c) {
    if ((c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~') {
      q.append((char) c);
    } else {
      q.append('%').append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static String truncate(String userAgent) {
    if (userAgent.length() <= MAX_USER_AGENT) {
      return userAgent;
    }
    int end = MAX_USER_AGENT;
    if (Character.isHighSurrogate(userAgent.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return userAgent.substring(0, end);
  }
}
