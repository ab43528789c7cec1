package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.LongSupplier;

/** When {@link HeartbeatTimer} last fired; stalled after twelve missed beats. */
@ApplicationScoped
public class Heartbeat {
  /** A long GC pause or a briefly busy timer pool is not death: allow twelve missed beats. */
  static final long STALL_MILLIS = 12 * HeartbeatTimer.BEAT_MILLIS;

  LongSupplier clock = System::currentTimeMillis;
  private volatile long last = -1;

  void beat() {
    last = clock.getAsLong();
  }

  /** Milliseconds since the last beat, or since the first question if none came yet. */
  long silentMillis() {
    long now = clock.getAsLong();
    if (last < 0) {
      last = now; // counting starts with the first question: deployment has just finished
    }
    return Math.max(0, now - last);
  }
}
