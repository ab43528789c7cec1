package org.multitracker.network;

import java.util.Arrays;

/**
 * The IPv4 addresses an IPv6 address carries: IPv4-compatible (::/96), IPv4-mapped (::ffff:0:0/96),
 * IPv4-translated (::ffff:0:0:0/96), NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48, RFC 6052
 * and 8215), 6to4 (2002::/16) and Teredo (2001::/32). A packet to such an address ends up at (or
 * goes through) the IPv4 address, so that address decides.
 */
final class EmbeddedIpv4 {
  private EmbeddedIpv4() {}

  /** The IPv4 addresses {@code ip} (16 bytes) carries, or null when it is no such form. */
  static byte[][] of(byte[] ip) {
    if (zero(ip, 0, 10) && (zero(ip, 10, 12) || both(ip, 10, 0xff))) {
      return one(ip, 12); // compatible (also :: and ::1) or mapped
    }
    if (zero(ip, 0, 8) && both(ip, 8, 0xff) && zero(ip, 10, 12)) {
      return one(ip, 12); // translated
    }
    if (starts(ip, 0x00, 0x64, 0xff, 0x9b) && zero(ip, 4, 12)) {
      return one(ip, 12); // well-known NAT64 prefix
    }
    if (starts(ip, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
      return localNat64(ip);
    }
    if (starts(ip, 0x20, 0x02)) {
      return one(ip, 2); // 6to4: 2002:AABB:CCDD::/48
    }
    if (starts(ip, 0x20, 0x01, 0x00, 0x00)) {
      // Teredo: the server's address, then the client's, stored inverted (RFC 4380 section 4).
      byte[] client = Arrays.copyOfRange(ip, 12, 16);
      for (int i = 0; i < 4; i++) {
        client[i] = (byte) ~client[i];
      }
      return new byte[][] {Arrays.copyOfRange(ip, 4, 8), client};
    }
    return null;
  }

  /**
   * 64:ff9b:1::/48 is split by each operator into NAT64 prefixes of length 48, 56, 64 or 96, which
   * place the IPv4 address differently around the reserved octet 8 (RFC 6052 section 2.2). Which
   * one is in use cannot be told from the address, so every reading counts.
   */
  private static byte[][] localNat64(byte[] ip) {
    return new byte[][] {
      {ip[6], ip[7], ip[9], ip[10]}, // /48
      {ip[7], ip[9], ip[10], ip[11]}, // /56
      Arrays.copyOfRange(ip, 9, 13), // /64
      Arrays.copyOfRange(ip, 12, 16) // /96
    };
  }

  private static byte[][] one(byte[] ip, int offset) {
    return new byte[][] {Arrays.copyOfRange(ip, offset, offset + 4)};
  }

  private static boolean zero(byte[] ip, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean both(byte[] ip, int at, int value) {
    return (ip[at] & 0xff) == value && (ip[at + 1] & 0xff) == value;
  }

  private static boolean starts(byte[] ip, int... prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((ip[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
