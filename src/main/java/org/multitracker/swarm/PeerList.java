package org.multitracker.swarm;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/** An unordered array of peers with O(1) add and remove, and random picks by partial shuffle. */
final class PeerList {
  /** Shared by every empty list: a one-peer torrent has four lists and fills at most one. */
  private static final Peer[] EMPTY = new Peer[0];

  private Peer[] peers = EMPTY;
  private int size;

  int size() {
    return size;
  }

  void add(Peer p) {
    if (size == peers.length) {
      peers = Arrays.copyOf(peers, Math.max(4, size * 2));
    }
    p.index = size;
    peers[size++] = p;
  }

  void remove(Peer p) {
    int i = p.index;
    Peer last = peers[--size];
    peers[i] = last;
    last.index = i;
    peers[size] = null;
    p.index = -1;
    if (size > 16 && size * 4 < peers.length) {
      peers = Arrays.copyOf(peers, peers.length / 2);
    }
  }

  /**
   * Appends up to {@code want} distinct random peers, never {@code self}, skipping peers that
   * require encryption when the asker cannot do it. A partial Fisher-Yates shuffle: each pick swaps
   * a random element to the front, so the cost is O(want), not O(size).
   */
  int pick(int want, Peer self, boolean askerSupportsCrypto, PeerSelection out) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int taken = 0;
    for (int i = 0; i < size && taken < want; i++) {
      int j = i + random.nextInt(size - i);
      Peer chosen = peers[j];
      peers[j] = peers[i];
      peers[j].index = j;
      peers[i] = chosen;
      chosen.index = i;
      if (chosen == self || (chosen.endpoint.requireCrypto() && !askerSupportsCrypto)) {
        continue;
      }
      out.add(chosen.endpoint);
      taken++;
    }
    return taken;
  }
}
