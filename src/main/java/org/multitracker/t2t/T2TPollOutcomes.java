package org.multitracker.t2t;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** T2T polls answered since the tracker started, by outcome (for the metrics). */
public final class T2TPollOutcomes {
  /** The metrics' {@code outcome} label values. */
  public enum Outcome {
    /** Peers (maybe none) came back. */
    OK,
    /** The other tracker refused, "disallowed" included. */
    REJECTED,
    /** No usable answer: network error, timeout, unparseable answer. */
    ERROR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final LongAdder ok = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder error = new LongAdder();

  void count(Outcome outcome) {
    switch (outcome) {
      case OK -> ok.increment();
      case REJECTED -> rejected.increment();
      case ERROR -> error.increment();
    }
  }

  public long total(Outcome outcome) {
    return switch (outcome) {
      case OK -> ok.sum();
      case REJECTED -> rejected.sum();
      case ERROR -> error.sum();
    };
  }
}
