package org.multitracker.bencode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A bencoded byte string. Bencode strings are bytes, not text: info hashes, piece hashes and
 * compact peer lists are binary, so the content is kept as bytes and decoded only on request.
 *
 * <p>The array is copied on the way in and out so the value stays immutable.
 */
public record BString(byte[] bytes, int start, int end) implements BValue {

  public BString {
    Objects.requireNonNull(bytes, "bytes");
    Spans.check(start, end);
    bytes = bytes.clone();
  }

  public static BString of(byte[] bytes) {
    return new BString(bytes, -1, -1);
  }

  /** The UTF-8 encoding of {@code text}. */
  public static BString of(String text) {
    return new BString(text.getBytes(StandardCharsets.UTF_8), -1, -1);
  }

  /** A copy of the content. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  public byte byteAt(int index) {
    return bytes[index];
  }

  /** Content decoded as UTF-8, malformed sequences replaced by U+FFFD. */
  public String utf8() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Content with each byte mapped to the char of the same value; lossless. */
  public String latin1() {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Whether the content equals {@code other}, without copying. */
  public boolean contentEquals(byte[] other) {
    return Arrays.equals(bytes, other);
  }

  /** Package-private access for the encoder, which must not pay for a defensive copy. */
  byte[] unsafeBytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BString other && Arrays.equals(other.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    // Content may be binary or huge (piece hashes): show a bounded, printable preview.
    StringBuilder sb = new StringBuilder("BString[");
    int shown = Math.min(bytes.length, 64);
    for (int i = 0; i < shown; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        sb.append((char) b);
      } else {
        sb.append(String.format("\\x%02x", b));
      }
    }
    if (shown < bytes.length) {
      sb.append("...(").append(bytes.length).append(" bytes)");
    }
    return sb.append(']').toString();
  }
}
