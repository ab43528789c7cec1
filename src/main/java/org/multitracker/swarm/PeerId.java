package org.multitracker.swarm;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client's 20-byte peer id as a lookup key. Peer ids are chosen by clients, so the hash is keyed
 * with a per-process secret: without it, crafted ids could pile up in one run of a swarm's table.
 * The id is also kept packed in three words, the form a stored peer keeps instead of an array.
 */
public final class PeerId implements Comparable<PeerId> {
  private static final long SECRET = ThreadLocalRandom.current().nextLong();
  private final byte[] bytes;
  final long high;
  final long middle;
  final int low;

  public PeerId(byte[] bytes) {
    if (bytes.length != 20) {
      throw new IllegalArgumentException("a peer id has 20 bytes");
    }
    this.bytes = bytes.clone();
    this.high = word(bytes, 0, 8);
    this.middle = word(bytes, 8, 8);
    this.low = (int) word(bytes, 16, 4);
  }

  /** The id bytes; callers must not modify them. */
  public byte[] bytes() {
    return bytes;
  }

  static long word(byte[] b, int off, int len) {
    long w = 0;
    for (int i = off; i < off + len; i++) {
      w = w << 8 | (b[i] & 0xff);
    }
    return w;
  }

  static byte[] unpack(long high, long middle, int low) {
    byte[] b = new byte[20];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (high >>> (56 - 8 * i));
      b[8 + i] = (byte) (middle >>> (56 - 8 * i));
    }
    for (int i = 0; i < 4; i++) {
      b[16 + i] = (byte) (low >>> (24 - 8 * i));
    }
    return b;
  }

  /** A keyed hash of the packed id (splitmix64's finalizer per word: cheap and well mixed). */
  static long hash(long high, long middle, int low) {
    return mix(mix(mix(high ^ SECRET) ^ middle) ^ low);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  long hash() {
    return hash(high, middle, low);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerId other
        && high == other.high
        && middle == other.middle
        && low == other.low;
  }

  @Override
  public int hashCode() {
    return (int) hash();
  }

  @Override
  public int compareTo(PeerId o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }
}
