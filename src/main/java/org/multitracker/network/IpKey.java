package org.multitracker.network;

import java.util.HexFormat;

/**
 * An address as 32 lowercase hex digits of its 16-byte IPv6 form, IPv4 as {@code ::ffff:a.b.c.d}.
 * Fixed width and lowercase, so the text order of keys is the numeric order of addresses on any
 * database, and a subnet is a plain range between two keys (see {@link IpPrefix}).
 */
public final class IpKey {
  public static final int LENGTH = 32;

  private IpKey() {}

  /** The key of a 4- or 16-byte address. */
  public static String of(byte[] ip) {
    return HexFormat.of().formatHex(sixteen(ip));
  }

  /** The key of an address literal, or null when {@code literal} is not one. */
  public static String ofLiteral(String literal) {
    byte[] ip = IpAddresses.parseLiteral(literal);
    return ip == null ? null : of(ip);
  }

  /** The 16-byte form: IPv4 becomes IPv4-mapped IPv6. */
  static byte[] sixteen(byte[] ip) {
    if (ip.length == 16) {
      return ip.clone();
    }
    if (ip.length != 4) {
      throw new IllegalArgumentException("not an IP address: " + ip.length + " bytes");
    }
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    System.arraycopy(ip, 0, mapped, 12, 4);
    return mapped;
  }
}
