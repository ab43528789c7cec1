package org.multitracker.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Per-address backoff after failed logins. The first FREE_FAILURES failures in a row cost nothing
 * (typos); after that the address must wait 1 s, then 2 s, 4 s ... up to MAX_WAIT before its next
 * password is even checked, so a guesser from one address gets a few hundred tries a day, and
 * cannot make the server hash for it. A success clears the address. IPv6 addresses count by their
 * /64, which one host usually owns whole.
 *
 * <p>Memory is bounded: at most CAPACITY addresses are remembered (the longest-quiet one is
 * forgotten first), and an address quiet for FORGET_AFTER is forgotten.
 */
final class LoginBackoff {
  static final int FREE_FAILURES = 5;
  static final long FIRST_WAIT_MILLIS = 1_000;
  static final long MAX_WAIT_MILLIS = 300_000;
  static final long FORGET_AFTER_MILLIS = 900_000;
  static final int CAPACITY = 10_000;

  private static final class Failures {
    int count;
    long last;
  }

  private final LongSupplier clock;
  private final int capacity;
  private final Map<Key, Failures> byAddress;

  LoginBackoff(LongSupplier clock) {
    this(clock, CAPACITY);
  }

  LoginBackoff(LongSupplier clock, int capacity) {
    this.clock = clock;
    this.capacity = capacity;
    this.byAddress =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Failures> eldest) {
            return size() > LoginBackoff.this.capacity;
          }
        };
  }

  /** Milliseconds this address must still wait before a password of it is checked; 0: now. */
  synchronized long waitMillis(byte[] address) {
    Key key = Key.of(address);
    Failures f = byAddress.get(key);
    if (f == null) {
      return 0;
    }
    long now = clock.getAsLong();
    if (now - f.last >= FORGET_AFTER_MILLIS) {
      byAddress.remove(key);
      return 0;
    }
    return Math.max(0, f.last + delayAfter(f.count) - now);
  }

  synchronized void failed(byte[] address) {
    Failures f = byAddress.computeIfAbsent(Key.of(address), k -> new Failures());
    f.count = Math.min(f.count + 1, 1_000);
    f.last = clock.getAsLong();
  }

  synchronized void succeeded(byte[] address) {
    byAddress.remove(Key.of(address));
  }

  synchronized int remembered() {
    return byAddress.size();
  }

  /** The wait after this many failures in a row. */
  static long delayAfter(int failures) {
    if (failures < FREE_FAILURES) {
      return 0;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 30);
    return Math.min(FIRST_WAIT_MILLIS << doublings, MAX_WAIT_MILLIS);
  }

  /** An IPv4 address, or the /64 of an IPv6 one. */
  private record Key(byte[] bytes) {
    static Key of(byte[] address) {
      return new Key(address.length == 16 ? Arrays.copyOf(address, 8) : address.clone());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return Arrays.toString(bytes);
    }
  }
}
