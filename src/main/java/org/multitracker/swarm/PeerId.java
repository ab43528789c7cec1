package org.multitracker.swarm;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client's 20-byte peer id as a map key. Peer ids are chosen by clients, so the hash is keyed
 * with a per-process secret and ids are comparable: crafted collisions cannot degrade a swarm's
 * map to a list.
 */
public final class PeerId implements Comparable<PeerId> {
  private static final int SEED = ThreadLocalRandom.current().nextInt() | 1;
  private final byte[] bytes;
  private final int hash;

  public PeerId(byte[] bytes) {
    if (bytes.length != 20) {
      throw new IllegalArgumentException("a peer id has 20 bytes");
    }
    this.bytes = bytes.clone();
    int h = SEED;
    for (byte b : bytes) {
      h = (h ^ (b & 0xff)) * 0x01000193;
    }
    this.hash = h ^ (h >>> 16);
  }

  /** The id bytes; callers must not modify them. */
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerId other && hash == other.hash && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(PeerId o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }
}
