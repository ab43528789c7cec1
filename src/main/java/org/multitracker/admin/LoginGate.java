package org.multitracker.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * Decides whether a password may be checked now, and counts what happened. A PBKDF2 check costs
 * tens of milliseconds of CPU on purpose, so only one runs at a time; a login that finds the slot
 * taken, or whose address is backing off, is refused at once (nothing waits on a worker thread
 * while announces need it).
 */
@ApplicationScoped
public class LoginGate {
  static final int CHECKS_AT_ONCE = 1;

  /** What became of a login attempt; label() is the metric's tag. */
  public enum Outcome {
    OK,
    WRONG,
    BACKOFF,
    BUSY;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** May the password be checked: yes, or no for how long (milliseconds). */
  record Admission(boolean admitted, Outcome refusal, long waitMillis) {
    /** The wait in whole seconds, at least 1 (Retry-After). */
    long retryAfterSeconds() {
      return Math.max(1, (waitMillis + 999) / 1000);
    }
  }

  private final Semaphore slots = new Semaphore(CHECKS_AT_ONCE);
  private final LongAdder[] counts = new LongAdder[Outcome.values().length];
  LoginBackoff backoff = new LoginBackoff(System::currentTimeMillis);

  public LoginGate() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  Admission admit(byte[] address) {
    long wait = backoff.waitMillis(address);
    if (wait > 0) {
      counts[Outcome.BACKOFF.ordinal()].increment();
      return new Admission(false, Outcome.BACKOFF, wait);
    }
    if (!slots.tryAcquire()) {
      counts[Outcome.BUSY.ordinal()].increment();
      return new Admission(false, Outcome.BUSY, 1_000);
    }
    return new Admission(true, null, 0);
  }

  /** After an admitted check: frees the slot and records the result for the address. */
  void checked(byte[] address, boolean ok) {
    slots.release();
    if (ok) {
      backoff.succeeded(address);
    } else {
      backoff.failed(address);
    }
    counts[(ok ? Outcome.OK : Outcome.WRONG).ordinal()].increment();
  }

  public long total(Outcome outcome) {
    return counts[outcome.ordinal()].sum();
  }
}
