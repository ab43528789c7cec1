package org.multitracker.swarm;

import java.util.ArrayList;
import java.util.List;

/**
 * The peers of one swarm by peer id: open addressing with linear probing over a bare array. A
 * HashMap would add a 32-byte node per peer (and a PeerId key object) to a peer that otherwise
 * costs about 120 bytes. Not thread-safe: used under the swarm's lock.
 */
final class PeerTable {
  private static final int MIN_CAPACITY = 8;
  private Peer[] slots = new Peer[MIN_CAPACITY];
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  Peer get(PeerId id) {
    int mask = slots.length - 1;
    for (int i = slot(id.hash(), mask); ; i = (i + 1) & mask) {
      Peer p = slots[i];
      if (p == null || p.endpoint.hasId(id)) {
        return p;
      }
    }
  }

  /** The peer with the same id as {@code e}. */
  Peer get(Endpoint e) {
    int mask = slots.length - 1;
    for (int i = slot(e.idHash(), mask); ; i = (i + 1) & mask) {
      Peer p = slots[i];
      if (p == null || p.endpoint.hasSameId(e)) {
        return p;
      }
    }
  }

  /** Adds a peer whose id is not in the table yet. */
  void add(Peer p) {
    if ((size + 1) * 4 > slots.length * 3) {
      resize(slots.length * 2);
    }
    insert(slots, p);
    size++;
  }

  void remove(Peer p) {
    int mask = slots.length - 1;
    int i = slot(p.endpoint.idHash(), mask);
    while (slots[i] != p) {
      if (slots[i] == null) {
        return;
      }
      i = (i + 1) & mask;
    }
    // Backward-shift deletion: pull later entries of the run into the hole, so lookups need no
    // tombstones.
    for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
      int home = slot(slots[j].endpoint.idHash(), mask);
      boolean staysPut = i <= j ? i < home && home <= j : i < home || home <= j;
      if (!staysPut) {
        slots[i] = slots[j];
        i = j;
      }
    }
    slots[i] = null;
    size--;
    if (slots.length > MIN_CAPACITY && size * 8 < slots.length) {
      resize(slots.length / 2);
    }
  }

  /** A copy of the peers, for the reaper and the state file (off the announce path). */
  List<Peer> all() {
    List<Peer> all = new ArrayList<>(size);
    for (Peer p : slots) {
      if (p != null) {
        all.add(p);
      }
    }
    return all;
  }

  private void resize(int capacity) {
    Peer[] fresh = new Peer[capacity];
    for (Peer p : slots) {
      if (p != null) {
        insert(fresh, p);
      }
    }
    slots = fresh;
  }

  private static void insert(Peer[] table, Peer p) {
    int mask = table.length - 1;
    int i = slot(p.endpoint.idHash(), mask);
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = p;
  }

  private static int slot(long hash, int mask) {
    return (int) (hash ^ (hash >>> 32)) & mask;
  }
}
