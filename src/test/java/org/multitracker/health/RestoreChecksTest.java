package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;
import org.multitracker.dfile.RestoreStatus;
import org.multitracker.dfile.RestoreStatus.Phase;

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
  private final TrackerServing live = new TrackerServing();
  private final WebContextState web = new WebContextState();

  RestoreChecksTest() {
    ready.status = status;
    live.status = status;
    live.web = web;
    web.started(true);
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
  void isNotLiveWithoutItsWebContext() {
    phase = Phase.RESTORED;
    web.started(false);
    assertThat(live.call().getStatus()).isEqualTo(Status.DOWN);
    assertThat(live.call().getData().orElseThrow()).containsEntry("web", false);
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
