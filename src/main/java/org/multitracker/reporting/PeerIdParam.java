package org.multitracker.reporting;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The peer_id filter: 40 hex digits, or the id as the client sent it in its announce (20 raw bytes
 * percent-encoded, e.g. {@code -TR2940-%01abc...}), so an operator can paste either from a log. The
 * value must reach here still encoded: decoding it as text would mangle bytes that are not UTF-8.
 */
public final class PeerIdParam {
  private static final int MAX_ENCODED = 60;

  private PeerIdParam() {}

  /** The peer id as 40 lowercase hex digits; null when absent. */
  public static String parse(String encoded) {
    if (Params.absent(encoded)) {
      return null;
    }
    if (encoded.length() == 40 && Params.isHex(encoded)) {
      return encoded.toLowerCase(Locale.ROOT);
    }
    if (encoded.length() > MAX_ENCODED) {
      throw new BadParameterException("peer_id must be 40 hex digits or 20 percent-encoded bytes");
    }
    byte[] id = percentDecode(encoded);
    if (id.length != 20) {
      throw new BadParameterException(
          "peer_id must be 40 hex digits or 20 percent-encoded bytes, not " + id.length + " bytes");
    }
    return HexFormat.of().formatHex(id);
  }

  /** Query-string decoding as trackers do it: %XX is a byte, '+' a space, the rest ASCII. */
  static byte[] percentDecode(String s) {
    byte[] out = new byte[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || !Params.isHex(s.substring(i + 1, i + 3))) {
          throw new BadParameterException("peer_id has a bad percent escape");
        }
        out[n++] = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
        i += 2;
      } else if (c == '+') {
        out[n++] = ' ';
      } else if (c > 0x20 && c < 0x7f) {
        out[n++] = (byte) c;
      } else {
        throw new BadParameterException("peer_id must be percent-encoded ASCII");
      }
    }
    return Arrays.copyOf(out, n);
  }
}
