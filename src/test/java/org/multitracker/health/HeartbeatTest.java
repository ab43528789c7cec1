package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class HeartbeatTest {
  private long now = 1_000_000;
  private final Heartbeat heartbeat = new Heartbeat();
  private final TimersTicking check = new TimersTicking();

  HeartbeatTest() {
    heartbeat.clock = () -> now;
    check.heartbeat = heartbeat;
  }

  @Test
  void isLiveWhileTheTimerBeats() {
    heartbeat.beat();
    now += Heartbeat.STALL_MILLIS;
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    heartbeat.beat();
    assertThat(heartbeat.silentMillis()).isZero();
  }

  @Test
  void isDeadOnceTheTimerMissedTwelveBeats() {
    heartbeat.beat();
    now += Heartbeat.STALL_MILLIS + 1;
    HealthCheckResponse r = check.call();
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(r.getData().orElseThrow())
        .containsEntry("millisSinceLastBeat", Heartbeat.STALL_MILLIS + 1);
  }

  @Test
  void startsCountingAtTheFirstQuestionWhenNoBeatCameYet() {
    assertThat(heartbeat.silentMillis()).isZero();
    now += Heartbeat.STALL_MILLIS + 1;
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }
}
