package org.multitracker.wire;

import java.util.concurrent.atomic.LongAdder;
import org.multitracker.bencode.BencodeWriter;

/**
 * Requests counted by outcome. LongAdders: every request thread increments, so a single atomic
 * would make them all contend on one cache line; the rare reader sums the cells.
 */
public final class RequestOutcomes {
  private final LongAdder[] counts = new LongAdder[RequestOutcome.values().length];

  public RequestOutcomes() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  /** Counts one answer; see {@link RequestOutcome#of}. */
  public void count(int status, BencodeWriter body) {
    counts[RequestOutcome.of(status, body).ordinal()].increment();
  }

  public long total(RequestOutcome outcome) {
    return counts[outcome.ordinal()].sum();
  }
}
