package org.multitracker.bencode;

import java.nio.charset.StandardCharsets;

/** Test shorthand: bencode literals in tests are ASCII, or Latin-1 where a byte matters. */
final class Bytes {

  private Bytes() {}

  static byte[] b(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String s(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
