package org.multitracker.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.InfoHash;

class SwarmsTest {
  private static final byte[] LOCAL = {127, 0, 0, 1};
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final Swarms swarms = new Swarms();
  private final InfoHash hash = new InfoHash(new byte[20]);

  SwarmsTest() {
    swarms.clock = now::get;
  }

  private static PeerId id(int n) {
    byte[] b = new byte[20];
    b[0] = (byte) (n >> 8);
    b[1] = (byte) n;
    return new PeerId(b);
  }

  private PeerSelection announce(
      int peer, long left, boolean stopped, boolean completed, int want) {
    return announce(peer, left, stopped, completed, want, LOCAL, null, true);
  }

  private PeerSelection announce(
      int peer,
      long left,
      boolean stopped,
      boolean completed,
      int want,
      byte[] source,
      byte[] key,
      boolean local) {
    PeerSelection out = new PeerSelection();
    swarms.announce(
        new PeerAnnounce(
            hash,
            id(peer),
            source,
            source,
            10_000 + peer,
            0,
            0,
            left,
            stopped,
            completed,
            key,
            false,
            false,
            local,
            want),
        3,
        out);
    return out;
  }

  private static Set<Integer> ports(PeerSelection s) {
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < s.count4(); i++) {
      ports.add(s.v4(i).port());
    }
    return ports;
  }

  @Test
  void countsSeedsLeechersAndCompletions() {
    announce(1, 100, false, false, 0);
    announce(2, 0, false, false, 0);
    PeerSelection s = announce(1, 0, false, false, 0);
    assertThat(s.complete()).isEqualTo(2);
    assertThat(s.incomplete()).isZero();
    assertThat(s.downloaded()).isEqualTo(1);
  }

  @Test
  void countsACompletedEventOfANewPeerOnce() {
    announce(1, 0, false, true, 0);
    PeerSelection s = announce(1, 0, false, true, 0);
    assertThat(s.downloaded()).isEqualTo(1);
  }

  @Test
  void doesNotUncountACompletionWhenASeedLeechesAgain() {
    announce(1, 100, false, false, 0);
    announce(1, 0, false, false, 0);
    PeerSelection s = announce(1, 50, false, false, 0);
    assertThat(s.downloaded()).isEqualTo(1);
    assertThat(s.incomplete()).isEqualTo(1);
  }

  @Test
  void countsALeecherThatStopsWithNothingLeftAsCompleted() {
    announce(1, 100, false, false, 0);
    announce(2, 100, false, false, 0);
    PeerSelection s = announce(1, 0, true, false, 0);
    assertThat(s.downloaded()).isEqualTo(1);
    assertThat(s.incomplete()).isEqualTo(1);
  }

  @Test
  void neverGivesAPeerItselfAndGivesSeedsNoSeeds() {
    announce(1, 0, false, false, 0);
    announce(2, 0, false, false, 0);
    announce(3, 10, false, false, 0);
    assertThat(ports(announce(1, 0, false, false, 50))).containsExactly(10_003);
    assertThat(ports(announce(3, 10, false, false, 50))).containsExactlyInAnyOrder(10_001, 10_002);
  }

  @Test
  void picksDistinctPeersUniformly() {
    for (int p = 1; p <= 20; p++) {
      announce(p, 10, false, false, 0);
    }
    Map<Integer, Integer> hits = new HashMap<>();
    for (int round = 0; round < 2000; round++) {
      PeerSelection s = announce(1, 10, false, false, 5);
      assertThat(ports(s)).hasSize(5).doesNotContain(10_001);
      ports(s).forEach(p -> hits.merge(p, 1, Integer::sum));
    }
    // 2000 rounds x 5 picks over 19 peers: about 526 each
    assertThat(hits).hasSize(19);
    assertThat(hits.values()).allSatisfy(n -> assertThat(n).isBetween(400, 660));
  }

  @Test
  void givesLeechersSeedsAndLeechersInProportion() {
    for (int p = 1; p <= 30; p++) {
      announce(p, p <= 10 ? 0 : 5, false, false, 0);
    }
    PeerSelection s = announce(100, 5, false, false, 9);
    long seeds = ports(s).stream().filter(port -> port <= 10_010).count();
    assertThat(s.count()).isEqualTo(9);
    assertThat(seeds).isBetween(2L, 4L);
  }

  @Test
  void letsOnlyTheSameKeyOrAddressStopAPeer() {
    byte[] a = {10, 0, 0, 1};
    byte[] b = {10, 0, 0, 2};
    announce(1, 10, false, false, 0, a, "k".getBytes(), true);
    assertThat(announce(1, 10, true, false, 0, b, null, true).incomplete()).isEqualTo(1);
    assertThat(announce(1, 10, true, false, 0, b, "x".getBytes(), true).incomplete()).isEqualTo(1);
    assertThat(announce(1, 10, true, false, 0, b, "k".getBytes(), true).incomplete()).isZero();
  }

  @Test
  void expiresPeersAfterTheTimeoutAndDropsEmptySwarms() {
    announce(1, 10, false, false, 0);
    now.addAndGet(500);
    announce(2, 10, false, false, 0);
    now.addAndGet(600);
    swarms.expire(1000, false);
    assertThat(swarms.stats(hash).orElseThrow().incomplete()).isEqualTo(1);
    now.addAndGet(1000);
    swarms.expire(1000, false);
    assertThat(swarms.stats(hash)).isEmpty();
  }

  @Test
  void keepsDeadSwarmsWhenAsked() {
    announce(1, 0, false, true, 0);
    now.addAndGet(5000);
    swarms.expire(1000, true);
    assertThat(swarms.stats(hash).orElseThrow().downloaded()).isEqualTo(1);
  }

  @Test
  void handsOutRemotePeersOnlyAfterANatCheck() {
    byte[] remote = {8, 8, 8, 8};
    PeerSelection first = announce(1, 10, false, false, 0, remote, null, false);
    assertThat(first.natCheck()).isNotNull();
    assertThat(announce(2, 0, false, false, 10).count()).isZero();
    swarms.natChecked(hash, first.natCheck(), true);
    assertThat(announce(2, 0, false, false, 10).count()).isEqualTo(1);
  }

  @Test
  void stopsRetryingNatChecksAfterTheConfiguredFailures() {
    byte[] remote = {8, 8, 8, 8};
    for (int i = 0; i < 3; i++) {
      PeerSelection s = announce(1, 10, false, false, 0, remote, null, false);
      assertThat(s.natCheck()).isNotNull();
      swarms.natChecked(hash, s.natCheck(), false);
    }
    assertThat(announce(1, 10, false, false, 0, remote, null, false).natCheck()).isNull();
  }

  @Test
  void staysConsistentUnderConcurrentAnnounces() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      int base = t * 1000;
      pool.execute(
          () -> {
            for (int i = 0; i < 5000; i++) {
              int peer = base + i % 200;
              announce(peer, i % 3 == 0 ? 0 : 10, i % 7 == 0, false, 10);
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    SwarmStats s = swarms.stats(hash).orElseThrow();
    int stillIn = 0;
    for (int peer = 0; peer < 4000; peer++) {
      PeerSelection check = new PeerSelection();
      swarms.pickForTracker(hash, 0, check);
      stillIn = check.complete() + check.incomplete();
    }
    assertThat(s.complete() + s.incomplete()).isEqualTo(stillIn).isBetween(1, 800);
    assertThat(s.complete()).isGreaterThanOrEqualTo(0);
  }
}
