package org.multitracker.multitracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Endpoint;

class T2TPairTest {
  private final T2TPair pair = new T2TPair("http://t/announce", new InfoHash(new byte[20]), 120, 20, 0);

  private static SnoopAnswer ok(int interval, int peers) {
    List<Endpoint> list =
        java.util.stream.IntStream.range(0, peers)
            .mapToObj(i -> Endpoint.of(null, new byte[] {1, 2, 3, (byte) i}, 1000 + i, false))
            .toList();
    return new SnoopAnswer(null, interval, list);
  }

  @Test
  void adoptsTheOtherTrackersInterval() {
    assertThat(pair.startIfDue(0)).isTrue();
    assertThat(pair.startIfDue(0)).as("busy").isFalse();
    pair.succeeded(ok(60, 3), 100, 0);
    assertThat(pair.state().interval()).isEqualTo(60);
    assertThat(pair.startIfDue(59_999)).isFalse();
    assertThat(pair.startIfDue(60_000)).isTrue();
  }

  @Test
  void asksPlainTrackersForProportionallyMorePeers() {
    pair.startIfDue(0);
    pair.succeeded(ok(1800, 1), 10, 0);
    assertThat(pair.numwant()).isEqualTo(20 * 1800 / 120);
  }

  @Test
  void lengthensTheIntervalAfterThreeErrorsInARow() {
    for (int i = 0; i < 2; i++) {
      pair.failed("timeout", 0, 0);
    }
    assertThat(pair.state().interval()).isEqualTo(120);
    pair.failed("timeout", 0, 0);
    assertThat(pair.state().interval()).isEqualTo(240);
    pair.failed("timeout", 0, 0);
    assertThat(pair.state().interval()).isEqualTo(360);
    pair.succeeded(ok(120, 0), 10, 0);
    assertThat(pair.state().interval()).isEqualTo(120);
    assertThat(pair.state().errorsInARow()).isZero();
  }

  @Test
  void stopsAfterThreeRejections() {
    pair.rejected("not here", 10, 0);
    pair.rejected("not here", 10, 0);
    assertThat(pair.isActive()).isTrue();
    pair.rejected("not here", 10, 0);
    assertThat(pair.isActive()).isFalse();
    assertThat(pair.state().stopReason()).contains("rejected 3 times");
    assertThat(pair.startIfDue(Long.MAX_VALUE)).isFalse();
  }

  @Test
  void keepsThePeersOfTheLastTenPolls() {
    for (int i = 0; i < 12; i++) {
      pair.succeeded(ok(120, 2), 10, 0);
    }
    assertThat(pair.harvest()).hasSize(20);
  }
}
