package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginGateTest {
  private static final byte[] A = {10, 0, 0, 1};
  private static final byte[] B = {10, 0, 0, 2};
  private final AtomicLong now = new AtomicLong(5_000_000);
  private final LoginGate gate = new LoginGate();

  LoginGateTest() {
    gate.backoff = new LoginBackoff(now::get);
  }

  @Test
  void aSecondCheckWhileOneRunsIsRefusedAtOnce() {
    assertThat(gate.admit(A).admitted()).isTrue();
    LoginGate.Admission second = gate.admit(B);
    assertThat(second.admitted()).isFalse();
    assertThat(second.refusal()).isEqualTo(LoginGate.Outcome.BUSY);
    assertThat(second.retryAfterSeconds()).isEqualTo(1);
    gate.checked(A, true);
    assertThat(gate.admit(B).admitted()).isTrue();
    assertThat(gate.total(LoginGate.Outcome.BUSY)).isEqualTo(1);
    assertThat(gate.total(LoginGate.Outcome.OK)).isEqualTo(1);
  }

  @Test
  void aBackingOffAddressIsRefusedWithoutTakingTheSlot() {
    for (int i = 0; i < LoginBackoff.FREE_FAILURES; i++) {
      assertThat(gate.admit(A).admitted()).isTrue();
      gate.checked(A, false);
    }
    LoginGate.Admission refused = gate.admit(A);
    assertThat(refused.refusal()).isEqualTo(LoginGate.Outcome.BACKOFF);
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    assertThat(gate.admit(B).admitted()).as("the right password from elsewhere").isTrue();
    assertThat(gate.total(LoginGate.Outcome.WRONG)).isEqualTo(LoginBackoff.FREE_FAILURES);
    assertThat(gate.total(LoginGate.Outcome.BACKOFF)).isEqualTo(1);
  }
}
