package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.multitracker.network.IpAddresses;

class LoginBackoffTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final LoginBackoff backoff = new LoginBackoff(now::get, 3);
  private static final byte[] GUESSER = IpAddresses.parseLiteral("203.0.113.7");
  private static final byte[] OPERATOR = IpAddresses.parseLiteral("198.51.100.1");

  private void fail(byte[] address, int times) {
    for (int i = 0; i < times; i++) {
      backoff.failed(address);
    }
  }

  @Test
  void firstFailuresCostNothing() {
    fail(GUESSER, LoginBackoff.FREE_FAILURES - 1);
    assertThat(backoff.waitMillis(GUESSER)).isZero();
  }

  @Test
  void waitDoublesAfterTheFreeFailuresUpToTheMaximum() {
    fail(GUESSER, LoginBackoff.FREE_FAILURES);
    assertThat(backoff.waitMillis(GUESSER)).isEqualTo(1_000);
    backoff.failed(GUESSER);
    assertThat(backoff.waitMillis(GUESSER)).isEqualTo(2_000);
    backoff.failed(GUESSER);
    assertThat(backoff.waitMillis(GUESSER)).isEqualTo(4_000);
    fail(GUESSER, 100);
    assertThat(backoff.waitMillis(GUESSER)).isEqualTo(LoginBackoff.MAX_WAIT_MILLIS);
  }

  @Test
  void waitRunsDownWithTime() {
    fail(GUESSER, LoginBackoff.FREE_FAILURES + 2);
    now.addAndGet(3_000);
    assertThat(backoff.waitMillis(GUESSER)).isEqualTo(1_000);
    now.addAndGet(1_000);
    assertThat(backoff.waitMillis(GUESSER)).isZero();
  }

  @Test
  void otherAddressesAreNotSlowedDown() {
    fail(GUESSER, 50);
    assertThat(backoff.waitMillis(OPERATOR)).isZero();
  }

  @Test
  void successClearsTheAddress() {
    fail(GUESSER, LoginBackoff.FREE_FAILURES + 3);
    backoff.succeeded(GUESSER);
    assertThat(backoff.waitMillis(GUESSER)).isZero();
    assertThat(backoff.remembered()).isZero();
  }

  @Test
  void quietAddressesAreForgotten() {
    fail(GUESSER, 50);
    now.addAndGet(LoginBackoff.FORGET_AFTER_MILLIS);
    assertThat(backoff.waitMillis(GUESSER)).isZero();
    assertThat(backoff.remembered()).isZero();
  }

  @Test
  void ipv6CountsByItsSlash64() {
    fail(IpAddresses.parseLiteral("2001:db8:1:2::1"), LoginBackoff.FREE_FAILURES);
    assertThat(backoff.waitMillis(IpAddresses.parseLiteral("2001:db8:1:2:ffff::9"))).isPositive();
    assertThat(backoff.waitMillis(IpAddresses.parseLiteral("2001:db8:1:3::1"))).isZero();
  }

  @Test
  void remembersAtMostItsCapacityForgettingTheLongestQuietFirst() {
    for (int i = 0; i < 10; i++) {
      fail(new byte[] {10, 0, 0, (byte) i}, LoginBackoff.FREE_FAILURES);
    }
    assertThat(backoff.remembered()).isEqualTo(3);
    assertThat(backoff.waitMillis(new byte[] {10, 0, 0, 9})).isPositive();
    assertThat(backoff.waitMillis(new byte[] {10, 0, 0, 0})).isZero();
  }
}
