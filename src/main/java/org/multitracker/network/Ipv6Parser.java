package org.multitracker.network;

/** Text to bytes for IPv6 literals (RFC 4291 section 2.2); no zone ids, no name lookups. */
final class Ipv6Parser {

  private Ipv6Parser() {}

  /** Parses {@code s[from, to)} to 16 bytes, or returns null when it is not an IPv6 literal. */
  static byte[] parse(String s, int from, int to) {
    int gap = indexOfGap(s, from, to);
    byte[] ip = new byte[16];
    if (gap < 0) {
      return parseGroups(s, from, to, ip, true) == 8 ? ip : null;
    }
    if (indexOfGap(s, gap + 1, to) >= 0) {
      return null;
    }
    int head = parseGroups(s, from, gap, ip, false);
    if (head < 0) {
      return null;
    }
    byte[] tail = new byte[16];
    int tailGroups = parseGroups(s, gap + 2, to, tail, true);
    // "::" stands for at least one zero group.
    if (tailGroups < 0 || head + tailGroups > 7) {
      return null;
    }
    System.arraycopy(tail, 0, ip, 16 - 2 * tailGroups, 2 * tailGroups);
    return ip;
  }

  private static int indexOfGap(String s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Parses colon-separated hex groups into {@code dst}; a trailing dotted quad counts as two groups
   * when {@code allowIpv4}.
   *
   * @return the number of groups written, or -1 when malformed
   */
  private static int parseGroups(String s, int from, int to, byte[] dst, boolean allowIpv4) {
    if (from == to) {
      return 0;
    }
    int count = 0;
    int i = from;
    while (true) {
      int end = i;
      while (end < to && s.charAt(end) != ':') {
        end++;
      }
      int dot = s.indexOf('.', i);
      if (end == to && allowIpv4 && dot >= 0 && dot < to) {
        if (count > 6 || !IpAddresses.parseIpv4(s, i, to, dst, 2 * count)) {
          return -1;
        }
        return count + 2;
      }
      int digits = end - i;
      if (digits < 1 || digits > 4 || count == 8) {
        return -1;
      }
      int value = 0;
      for (int k = i; k < end; k++) {
        int d = hexValue(s.charAt(k));
        if (d < 0) {
          return -1;
        }
        value = value << 4 | d;
      }
      dst[2 * count] = (byte) (value >>> 8);
      dst[2 * count + 1] = (byte) value;
      count++;
      if (end == to) {
        return count;
      }
      i = end + 1;
    }
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
