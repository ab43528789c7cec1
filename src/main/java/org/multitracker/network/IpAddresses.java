package org.multitracker.network;

/**
 * Parsing, formatting and classification of IPv4 (4-byte) and IPv6 (16-byte) addresses. IPv4-mapped
 * IPv6 addresses ({@code ::ffff:a.b.c.d}) are treated as the IPv4 address they carry, so that one
 * peer has one identity whichever socket family it reached us through.
 */
public final class IpAddresses {

  private IpAddresses() {}

  /**
   * Parses an IPv4 dotted quad or an IPv6 literal (optionally in brackets, with {@code ::} and an
   * embedded dotted quad allowed) without any name lookup.
   *
   * @return 4 or 16 bytes, or null when {@code s} is not a literal; mapped IPv6 yields 4 bytes
   */
  public static byte[] parseLiteral(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    int from = 0;
    int to = s.length();
    if (s.charAt(0) == '[') {
      if (s.charAt(to - 1) != ']') {
        return null;
      }
      from = 1;
      to--;
      if (s.indexOf(':', from) < 0) {
        return null;
      }
    }
    if (s.indexOf(':', from) < 0) {
      byte[] ip = new byte[4];
      return parseIpv4(s, from, to, ip, 0) ? ip : null;
    }
    byte[] ip = Ipv6Parser.parse(s, from, to);
    return ip == null ? null : unmap(ip);
  }

  /** Formats as a dotted quad or as RFC 5952 compressed IPv6. */
  public static String format(byte[] ip) {
    checkLength(ip);
    if (ip.length == 4) {
      return formatIpv4(ip, 0, new StringBuilder(15)).toString();
    }
    StringBuilder sb = new StringBuilder(39);
    if (isMapped(ip)) {
      // RFC 5952 section 5 asks for the dotted form of the embedded IPv4 address.
      return formatIpv4(ip, 12, sb.append("::ffff:")).toString();
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && group(ip, j) == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (i > 0 && i != bestStart + bestLength) {
        sb.append(':');
      }
      sb.append(Integer.toHexString(group(ip, i)));
    }
    return sb.toString();
  }

  /**
   * Whether {@code ip} is an intranet address in BitTornado's sense: loopback, private, link-local,
   * carrier-grade NAT, "this network" (0/8), IPv6 loopback, unique-local or link-local.
   */
  public static boolean isLocal(byte[] ip) {
    checkLength(ip);
    byte[] a = unmap(ip);
    if (a.length == 4) {
      int b0 = a[0] & 0xff;
      int b1 = a[1] & 0xff;
      return b0 == 0
          || b0 == 10
          || b0 == 127
          || (b0 == 100 && (b1 & 0xc0) == 64)
          || (b0 == 169 && b1 == 254)
          || (b0 == 172 && (b1 & 0xf0) == 16)
          || (b0 == 192 && b1 == 168);
    }
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    return isZeroUpTo(a, 15) && a[15] == 1
        || (b0 & 0xfe) == 0xfc
        || (b0 == 0xfe && (b1 & 0xc0) == 0x80);
  }

  /**
   * Whether {@code ip} may be handed to peers elsewhere on the internet: not local, not multicast,
   * not reserved or broadcast (240/4) and not unspecified.
   */
  public static boolean isPublic(byte[] ip) {
    if (isLocal(ip)) {
      return false;
    }
    byte[] a = unmap(ip);
    int b0 = a[0] & 0xff;
    if (a.length == 4) {
      return b0 < 224;
    }
    return b0 != 0xff && !isZeroUpTo(a, 16);
  }

  /** The IPv4 address inside an IPv4-mapped IPv6 address, else {@code ip} itself. */
  static byte[] unmap(byte[] ip) {
    if (!isMapped(ip)) {
      return ip;
    }
    return new byte[] {ip[12], ip[13], ip[14], ip[15]};
  }

  static boolean isMapped(byte[] ip) {
    return ip.length == 16 && isZeroUpTo(ip, 10) && ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
  }

  /**
   * Parses a strict dotted quad in {@code s[from, to)} into {@code dst[offset..offset+4)}. Leading
   * zeros are refused: some parsers read them as octal, so their meaning is ambiguous.
   */
  static boolean parseIpv4(String s, int from, int to, byte[] dst, int offset) {
    int part = 0;
    int i = from;
    while (part < 4) {
      int start = i;
      int value = 0;
      while (i < to && i - start < 3) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return false;
      }
      dst[offset + part++] = (byte) value;
      if (part < 4) {
        if (i >= to || s.charAt(i) != '.') {
          return false;
        }
        i++;
      }
    }
    return i == to;
  }

  private static StringBuilder formatIpv4(byte[] ip, int offset, StringBuilder sb) {
    return sb.append(ip[offset] & 0xff)
        .append('.')
        .append(ip[offset + 1] & 0xff)
        .append('.')
        .append(ip[offset + 2] & 0xff)
        .append('.')
        .append(ip[offset + 3] & 0xff);
  }

  private static int group(byte[] ip, int index) {
    return (ip[2 * index] & 0xff) << 8 | (ip[2 * index + 1] & 0xff);
  }

  private static boolean isZeroUpTo(byte[] ip, int end) {
    for (int i = 0; i < end; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkLength(byte[] ip) {
    if (ip.length != 4 && ip.length != 16) {
      throw new IllegalArgumentException("not an IP address: " + ip.length + " bytes");
    }
  }
}
