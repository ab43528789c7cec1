package org.multitracker.network;

import java.util.HexFormat;

/**
 * An address or a subnet in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), as the first
 * and last {@link IpKey} it covers. An IPv4 prefix covers the IPv4-mapped range, which is how IPv4
 * addresses are keyed.
 */
public record IpPrefix(String firstKey, String lastKey) {

  /**
   * Parses an address literal or {@code address/length}. Host bits set below the prefix are
   * ignored, as most tools do ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}).
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static IpPrefix parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 64) {
      throw new IllegalArgumentException("not an IP address or CIDR subnet");
    }
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    byte[] ip = IpAddresses.parseLiteral(address);
    if (ip == null) {
      throw new IllegalArgumentException("not an IP address or CIDR subnet");
    }
    if (ip.length == 4 && address.indexOf(':') >= 0) {
      ip = IpKey.sixteen(ip); // ::ffff:0:0/96 counts its length in IPv6 bits
    }
    int bits = ip.length * 8;
    int length = slash < 0 ? bits : prefixLength(text.substring(slash + 1), bits);
    byte[] first = IpKey.sixteen(ip);
    int from = 128 - bits + length;
    byte[] last = first.clone();
    for (int bit = from; bit < 128; bit++) {
      int mask = 0x80 >>> (bit % 8);
      first[bit / 8] &= (byte) ~mask;
      last[bit / 8] |= (byte) mask;
    }
    HexFormat hex = HexFormat.of();
    return new IpPrefix(hex.formatHex(first), hex.formatHex(last));
  }

  public boolean isSingleAddress() {
    return firstKey.equals(lastKey);
  }

  private static int prefixLength(String digits, int bits) {
    if (digits.isEmpty()
        || digits.length() > 3
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("bad prefix length");
    }
    int length = Integer.parseInt(digits);
    if (length > bits) {
      throw new IllegalArgumentException("prefix length above " + bits);
    }
    return length;
  }
}
