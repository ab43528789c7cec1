package org.multitracker.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.InfoHash;

/** max_torrents, max_peers, max_peers_per_torrent and the flood trim. */
class SwarmLimitsTest {
  private static final byte[] LOCAL = {127, 0, 0, 1};
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final Swarms swarms = new Swarms();

  SwarmLimitsTest() {
    swarms.clock = now::get;
  }

  private static InfoHash hash(int n) {
    byte[] b = new byte[20];
    b[0] = (byte) (n >> 16);
    b[1] = (byte) (n >> 8);
    b[2] = (byte) n;
    return new InfoHash(b);
  }

  private static PeerId id(int n) {
    byte[] b = new byte[20];
    b[0] = (byte) (n >> 8);
    b[1] = (byte) n;
    return new PeerId(b);
  }

  private boolean announce(int torrent, int peer, boolean stopped, PeerSelection out) {
    return swarms.announce(
        new PeerAnnounce(
            hash(torrent),
            id(peer),
            LOCAL,
            LOCAL,
            10_000 + peer,
            0,
            0,
            5,
            stopped,
            false,
            null,
            false,
            false,
            true,
            50),
        0,
        out);
  }

  private boolean announce(int torrent, int peer) {
    return announce(torrent, peer, false, new PeerSelection());
  }

  @Test
  void refusesNewTorrentsAtTheLimitWhileTrackedOnesKeepWorking() {
    swarms.limit(3, 100, 100);
    assertThat(announce(1, 1)).isTrue();
    assertThat(announce(2, 1)).isTrue();
    assertThat(announce(3, 1)).isTrue();
    assertThat(announce(4, 1)).as("a fourth torrent").isFalse();
    PeerSelection out = new PeerSelection();
    assertThat(announce(1, 2, false, out)).as("a new peer in a tracked torrent").isTrue();
    assertThat(out.incomplete()).isEqualTo(2);
    assertThat(out.count()).isEqualTo(1);
    assertThat(announce(4, 1, true, new PeerSelection()))
        .as("stopping in an unknown torrent")
        .isTrue();
    assertThat(swarms.usage())
        .extracting(SwarmUsage::torrents, SwarmUsage::maxTorrents, SwarmUsage::refusedTorrents)
        .containsExactly(3L, 3, 1L);
  }

  @Test
  void answersButDoesNotStoreAPeerBeyondTheTorrentsLimit() {
    swarms.limit(100, 100, 2);
    announce(1, 1);
    announce(1, 2);
    PeerSelection out = new PeerSelection();
    assertThat(announce(1, 3, false, out)).isTrue();
    assertThat(out.count()).as("it still gets peers").isEqualTo(2);
    assertThat(out.incomplete()).as("it is not counted").isEqualTo(2);
    PeerSelection later = new PeerSelection();
    announce(1, 1, false, later);
    assertThat(later.count()).as("and not handed out").isEqualTo(1);
    assertThat(swarms.usage().unstoredPeers()).isEqualTo(1);
    assertThat(swarms.usage().peers()).isEqualTo(2);
  }

  @Test
  void boundsPeersOverAllTorrentsAndFreesRoomWhenPeersGo() {
    swarms.limit(100, 3, 100);
    announce(1, 1);
    announce(2, 1);
    announce(3, 1);
    PeerSelection out = new PeerSelection();
    announce(3, 2, false, out);
    assertThat(out.incomplete()).isEqualTo(1);
    assertThat(swarms.usage().peers()).isEqualTo(3);
    announce(1, 1, true, new PeerSelection());
    assertThat(swarms.usage().peers()).isEqualTo(2);
    announce(3, 2);
    assertThat(swarms.usage().peers()).isEqualTo(3);
    now.addAndGet(10_000);
    swarms.expire(5_000, false);
    assertThat(swarms.usage().peers()).isZero();
    swarms.drop(hash(3));
    assertThat(swarms.usage().peers()).isZero();
  }

  @Test
  void droppingATorrentReleasesItsPeers() {
    swarms.limit(100, 100, 100);
    announce(1, 1);
    announce(1, 2);
    swarms.drop(hash(1));
    assertThat(swarms.usage().peers()).isZero();
    assertThat(swarms.usage().torrents()).isZero();
  }

  @Test
  void trimEvictsTheLongestIdleOnePeerTorrentsButNeverABusySwarm() {
    swarms.limit(10, 1000, 1000);
    announce(0, 1);
    announce(0, 2); // busy, and the oldest
    for (int t = 1; t < 10; t++) {
      now.addAndGet(1000);
      announce(t, 1);
    }
    assertThat(announce(10, 1)).isFalse();
    int evicted = swarms.trim();
    assertThat(evicted).as("down to 8 of 10").isEqualTo(2);
    assertThat(swarms.stats(hash(0))).as("the busy swarm stays").isPresent();
    assertThat(swarms.stats(hash(1))).isEmpty();
    assertThat(swarms.stats(hash(2))).isEmpty();
    assertThat(swarms.stats(hash(3))).isPresent();
    assertThat(swarms.usage().evictedTorrents()).isEqualTo(2);
    assertThat(swarms.usage().peers()).isEqualTo(9);
    assertThat(announce(10, 1)).as("room again").isTrue();
  }

  @Test
  void trimDoesNothingBelowNinetyPercentOrWhenEverySwarmIsBusy() {
    swarms.limit(10, 1000, 1000);
    for (int t = 0; t < 8; t++) {
      announce(t, 1);
    }
    assertThat(swarms.trim()).isZero();
    for (int t = 8; t < 10; t++) {
      announce(t, 1);
    }
    for (int t = 0; t < 10; t++) {
      announce(t, 2);
    }
    assertThat(swarms.trim()).isZero();
    assertThat(swarms.usage().torrents()).isEqualTo(10);
  }

  @Test
  void aTorrentActiveSinceTheCutoffIsNotEvicted() {
    swarms.limit(10, 1000, 1000);
    for (int t = 0; t < 10; t++) {
      now.addAndGet(1000);
      announce(t, 1);
    }
    announce(0, 1); // the oldest announces again: now the most recent
    swarms.trim();
    assertThat(swarms.stats(hash(0))).isPresent();
    assertThat(swarms.stats(hash(1))).isEmpty();
    assertThat(swarms.stats(hash(2))).isEmpty();
  }

  @Test
  void restoresOnlyWhatFits() {
    swarms.limit(1, 100, 100);
    announce(1, 1);
    swarms.restore(new SavedSwarm(hash(2), 3, List.of()));
    assertThat(swarms.stats(hash(2))).isEmpty();
    assertThat(swarms.usage().refusedTorrents()).isEqualTo(1);
  }
}
