package org.multitracker.aggregator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Announces waiting to be written. Bounded: when the database is slow or down, up to {@link
 * #CAPACITY} announces wait; beyond that each one is dropped and counted, never silently.
 */
@ApplicationScoped
public class AnnounceBuffer {
  public static final int CAPACITY = 200_000;

  private final ArrayBlockingQueue<AnnounceRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong written = new AtomicLong();

  /** Never blocks: the announce thread only enqueues. */
  public boolean offer(AnnounceRecord r) {
    if (queue.offer(r)) {
      accepted.incrementAndGet();
      return true;
    }
    dropped.incrementAndGet();
    return false;
  }

  int drainTo(List<AnnounceRecord> out, int max) {
    return queue.drainTo(out, max);
  }

  void written(int n) {
    written.addAndGet(n);
  }

  public long accepted() {
    return accepted.get();
  }

  public long dropped() {
    return dropped.get();
  }

  public long written() {
    return written.get();
  }

  public int waiting() {
    return queue.size();
  }
}
