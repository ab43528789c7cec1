package org.multitracker.swarm;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many peers may be stored, in all swarms (max_peers) and in one (max_peers_per_torrent). One
 * atomic count shared by every swarm: taking and releasing never waits for a lock.
 */
final class PeerBudget {
  private final AtomicInteger stored = new AtomicInteger();
  private final LongAdder unstored = new LongAdder();
  private volatile int max = Integer.MAX_VALUE;
  private volatile int perTorrent = Integer.MAX_VALUE;

  void limit(int max, int perTorrent) {
    this.max = max;
    this.perTorrent = perTorrent;
  }

  /** Takes room for one new peer in a swarm that holds {@code swarmSize}; false: do not store. */
  boolean take(int swarmSize) {
    if (swarmSize >= perTorrent) {
      unstored.increment();
      return false;
    }
    if (stored.incrementAndGet() > max) {
      stored.decrementAndGet();
      unstored.increment();
      return false;
    }
    return true;
  }

  void release(int peers) {
    if (peers > 0) {
      stored.addAndGet(-peers);
    }
  }

  int stored() {
    return stored.get();
  }

  int max() {
    return max;
  }

  int perTorrent() {
    return perTorrent;
  }

  long unstored() {
    return unstored.sum();
  }
}
