package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Endpoint;

class T2TPairTest {
  private final T2TPair pair =
      new T2TPair("http://t/announce", new InfoHash(new byte[20]), 120, 20, 0);

  private static SnoopAnswer ok(int interval, int peers) {
    List<Endpoint> list =
        IntStream.range(0, peers)
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

  @Test
  void allowsOneExtraPollPerPairInTenSeconds() {
    T2TPair later = new T2TPair("http://t/announce", new InfoHash(new byte[20]), 120, 20, 100_000);
    assertThat(later.startExtra(0)).isTrue();
    assertThat(later.startExtra(0)).as("busy").isFalse();
    later.succeeded(ok(60, 1), 10, 300);
    assertThat(later.startExtra(9_999)).isFalse();
    assertThat(later.startExtra(10_000)).isTrue();
  }

  @Test
  void leavesTheScheduleAsItWasAfterAnExtraPoll() {
    T2TPair later = new T2TPair("http://t/announce", new InfoHash(new byte[20]), 120, 20, 100_000);
    later.startExtra(0);
    later.succeeded(ok(1800, 2), 10, 0);
    assertThat(later.harvest()).hasSize(2);
    assertThat(later.state().interval()).isEqualTo(120);
    assertThat(later.numwant()).isEqualTo(20);
    assertThat(later.startIfDue(99_999)).isFalse();
    assertThat(later.startIfDue(100_000)).isTrue();
  }

  @Test
  void makesNoExtraPollsToAFailingTracker() {
    pair.startIfDue(0);
    pair.failed("timeout", 0, 0);
    assertThat(pair.startExtra(60_000)).as("scheduled poll failed").isFalse();
    pair.startIfDue(120_000);
    pair.succeeded(ok(120, 0), 10, 120_000);
    assertThat(pair.startExtra(130_000)).isTrue();
    pair.failed("timeout", 0, 130_000);
    assertThat(pair.state().errorsInARow()).as("extra polls do not count").isZero();
    assertThat(pair.startExtra(200_000)).as("extra poll failed").isFalse();
    pair.startIfDue(240_000);
    pair.succeeded(ok(120, 0), 10, 240_000);
    assertThat(pair.startExtra(250_000)).isTrue();
  }

  @Test
  void showsThePollUnderWaySoAnExtraPollCanWaitForIt() {
    assertThat(pair.currentPoll()).isNull();
    pair.startIfDue(0);
    var underWay = pair.currentPoll();
    assertThat(underWay).isNotNull();
    assertThat(pair.startExtra(0)).isFalse();
    assertThat(pair.pollStartedSince(0)).isSameAs(underWay);
    assertThat(pair.pollStartedSince(1)).as("started too long ago: maybe hanging").isNull();
    pair.succeeded(ok(120, 1), 10, 0);
    assertThat(pair.currentPoll()).isNull();
  }
}
