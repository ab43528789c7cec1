package org.multitracker.metainfo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The SHA-1 of a torrent's bencoded info dictionary: the key of a swarm.
 *
 * <p>The array is copied on the way in and out so the value stays immutable.
 */
public record InfoHash(byte[] bytes) implements Comparable<InfoHash> {

  public static final int LENGTH = 20;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  public InfoHash {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "info hash must be " + LENGTH + " bytes, got " + bytes.length);
    }
    bytes = bytes.clone();
  }

  /** Parses 40 hex digits, either case. */
  public static InfoHash fromHex(String hex) {
    if (hex == null || hex.length() != 2 * LENGTH) {
      throw new IllegalArgumentException("info hash must be 40 hex digits");
    }
    byte[] out = new byte[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      int hi = hexValue(hex.charAt(2 * i));
      int lo = hexValue(hex.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("info hash must be 40 hex digits");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return new InfoHash(out);
  }

  // Not Character.digit: that also accepts non-ASCII digits such as fullwidth ones.
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  public static InfoHash sha1Of(byte[] data, int off, int len) {
    Objects.checkFromIndexSize(off, len, data.length);
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-1", e);
    }
    sha1.update(data, off, len);
    return new InfoHash(sha1.digest());
  }

  /** A copy of the 20 bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Copies the 20 bytes into {@code dst} at {@code off}, for writers that should not allocate. */
  public void copyTo(byte[] dst, int off) {
    System.arraycopy(bytes, 0, dst, off, LENGTH);
  }

  /** Lowercase hex, 40 chars. */
  public String hex() {
    char[] out = new char[2 * LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InfoHash other && Arrays.equals(other.bytes, bytes);
  }

  /**
   * The first four bytes. A SHA-1 output is already uniformly distributed, so hashing all 20 would
   * cost more without spreading keys any better. (A record cannot cache it in a field.)
   */
  @Override
  public int hashCode() {
    return (bytes[0] & 0xFF) << 24
        | (bytes[1] & 0xFF) << 16
        | (bytes[2] & 0xFF) << 8
        | (bytes[3] & 0xFF);
  }

  /**
   * Unsigned byte order, the order of bencoded dictionary keys. Being comparable also keeps hash
   * maps fast when clients pick info hashes whose first bytes collide: Java trees such buckets.
   */
  @Override
  public int compareTo(InfoHash o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
