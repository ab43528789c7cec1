package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;
import org.multitracker.state.RestoreStatus;
import org.multitracker.state.RestoreStatus.Phase;

class RestoreChecksTest {
  private Phase phase = Phase.NOT_STARTED;
  private final RestoreStatus status =
      new RestoreStatus() {
        @Override
        public Phase phase() {
          return phase;
        }
      };
  private final StateRestored ready = new StateRestored();
  private final SwarmStoreStarted live = new SwarmStoreStarted();

  RestoreChecksTest() {
    ready.status = status;
    live.status = status;
  }

  @Test
  void isNotReadyWhileRestoringButLive() {
    phase = Phase.RESTORING;
    assertThat(ready.call().getStatus()).isEqualTo(Status.DOWN);
    assertThat(ready.call().getData().orElseThrow()).containsEntry("phase", "restoring");
    assertThat(live.call().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void isReadyAndLiveOnceTheFileIsRestoredMissingOrDiscarded() {
    for (Phase p : new Phase[] {Phase.OFF, Phase.FRESH, Phase.RESTORED, Phase.DISCARDED}) {
      phase = p;
      assertThat(ready.call().getStatus()).as(p.name()).isEqualTo(Status.UP);
      assertThat(live.call().getStatus()).as(p.name()).isEqualTo(Status.UP);
    }
  }

  @Test
  void isNotLiveBeforeTheStoreStartedOrAfterABrokenRestore() {
    for (Phase p : new Phase[] {Phase.NOT_STARTED, Phase.BROKEN}) {
      phase = p;
      assertThat(live.call().getStatus()).as(p.name()).isEqualTo(Status.DOWN);
      assertThat(ready.call().getStatus()).as(p.name()).isEqualTo(Status.DOWN);
    }
  }
}
