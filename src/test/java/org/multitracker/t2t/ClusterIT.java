package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.bencode.BDict;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.AriaClient;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.Torrents;
import org.multitracker.testing.TrackerClient;

/**
 * The seed's cluster: three trackers in three servers share an allowed_dir whose torrents list all
 * three in one tier, and poll each other every 2 s. Clients of different trackers meet. Each test
 * has its own torrent and first makes sure all three trackers run, so any order works.
 */
class ClusterIT {
  static final int INTERVAL = 2;
  static final int[] OFFSETS = {200, 210, 220};
  static final List<ServerProcess> TRACKERS = new ArrayList<>();
  static Path dir;
  static byte[] content;

  /** The real file that aria2c clients share. */
  static byte[] infoHash;

  /** A torrent for the test peers alone, so their fake addresses never reach aria2c. */
  static byte[] peersHash;

  @BeforeAll
  static void startCluster(@TempDir Path temp) throws Exception {
    dir = temp;
    Path allowed = Files.createDirectories(dir.resolve("allowed"));
    Path seedDir = Files.createDirectories(dir.resolve("seed"));
    content = new byte[2 * 1024 * 1024 + 777];
    new Random(7).nextBytes(content);
    Path file = Files.write(seedDir.resolve("cluster.bin"), content);
    List<String> tier = new ArrayList<>();
    for (int offset : OFFSETS) {
      tier.add("http://127.0.0.1:" + (8080 + offset) + "/announce");
    }
    byte[] torrent = Torrents.fromFile(file, tier.get(0), tier, 256 * 1024);
    Files.write(allowed.resolve("blah.torrent"), torrent);
    infoHash = MetainfoParser.parse(torrent).infoHash().bytes();
    byte[] forPeers = Torrents.of("peers", tier, null, null);
    Files.write(allowed.resolve("peers.torrent"), forPeers);
    peersHash = Torrents.infoHash(forPeers).bytes();
    Map<String, String> options =
        Map.of(
            "allowed_dir", allowed.toString(),
            "multitracker_enabled", "1",
            "multitracker_reannounce_interval", String.valueOf(INTERVAL),
            "multitracker_trusted", "http://127.0.0.1:",
            "reannounce_interval", "5",
            "http_timeout", "2");
    for (int i = 0; i < OFFSETS.length; i++) {
      TRACKERS.add(new ServerProcess("tracker" + (i + 1), OFFSETS[i], options).start());
    }
    for (ServerProcess t : TRACKERS) {
      t.awaitReady(Duration.ofSeconds(120));
    }
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (ServerProcess t : TRACKERS) {
      t.stop();
    }
  }

  @BeforeEach
  void allTrackersRun() throws Exception {
    for (ServerProcess t : TRACKERS) {
      t.ensureRunning(Duration.ofSeconds(120));
    }
  }

  private static BDict announce(ServerProcess tracker, TestPeer peer) {
    return new TrackerClient("127.0.0.1", tracker.port())
        .get("/announce?" + peer.announce(100, null))
        .dict();
  }

  private static List<Integer> ports(BDict answer) {
    byte[] peers = answer.string("peers").orElseThrow().bytes();
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i + 6 <= peers.length; i += 6) {
      ports.add((peers[i + 4] & 0xff) << 8 | peers[i + 5] & 0xff);
    }
    return ports;
  }

  @Test
  void clientsOfDifferentTrackersFindEachOther() throws Exception {
    TestPeer a = new TestPeer(peersHash, "-AA-", 6001);
    TestPeer b = new TestPeer(peersHash, "-BB-", 6002);
    announce(TRACKERS.get(0), a);
    announce(TRACKERS.get(1), b);
    long millis =
        eventually(
            Duration.ofSeconds(3 * INTERVAL + 2),
            () -> ports(announce(TRACKERS.get(1), b)).contains(6001));
    System.out.println(
        "T2T convergence: peer of tracker 1 seen at tracker 2 after " + millis + " ms");
    TestPeer c = new TestPeer(peersHash, "-CC-", 6003);
    eventually(
        Duration.ofSeconds(3 * INTERVAL + 2),
        () -> ports(announce(TRACKERS.get(2), c)).containsAll(List.of(6001, 6002)));
  }

  @Test
  void eachTrackerFindsItselfDisallowed() throws Exception {
    for (ServerProcess t : TRACKERS) {
      eventually(
          Duration.ofSeconds(3 * INTERVAL + 2),
          () -> text(t).contains(t.announceUrl() + " answered disallowed"));
    }
  }

  @Test
  void pairsBackOffFromAStoppedTrackerAndResumeWhenItReturns() throws Exception {
    ServerProcess third = TRACKERS.get(2);
    third.stop();
    ServerProcess first = TRACKERS.get(0);
    // The log is kept across restarts: count this test's messages, not earlier ones.
    String down = third.announceUrl() + " failed 3 times in a row";
    String back = third.announceUrl() + " answers again";
    int downBefore = count(text(first), down);
    int backBefore = count(text(first), back);
    eventually(Duration.ofSeconds(30), () -> count(text(first), down) > downBefore);
    third.start();
    third.awaitReady(Duration.ofSeconds(120));
    eventually(Duration.ofSeconds(60), () -> count(text(first), back) > backBefore);
  }

  @Test
  void realClientsOnDifferentTrackersShareAFile() throws Exception {
    Path seedDir = dir.resolve("seed");
    Path leechDir = Files.createDirectories(dir.resolve("leech"));
    Path seedTorrent =
        Files.write(
            dir.resolve("seed.torrent"),
            Torrents.fromFile(
                seedDir.resolve("cluster.bin"), TRACKERS.get(0).announceUrl(), 256 * 1024));
    Path leechTorrent =
        Files.write(
            dir.resolve("leech.torrent"),
            Torrents.fromFile(
                seedDir.resolve("cluster.bin"), TRACKERS.get(1).announceUrl(), 256 * 1024));
    try (AriaClient seeder =
        AriaClient.seed(seedDir, seedTorrent, 16891, dir.resolve("seeder.log"))) {
      TestPeer probe = new TestPeer(infoHash, "-PP-", 6009);
      eventually(
          Duration.ofSeconds(30), () -> ports(announce(TRACKERS.get(1), probe)).contains(16891));
      try (AriaClient leecher =
          AriaClient.leech(leechDir, leechTorrent, 16892, dir.resolve("leecher.log"))) {
        assertThat(leecher.awaitExit(Duration.ofSeconds(120))).as("leecher exit code").isZero();
      }
    }
    assertThat(Files.readAllBytes(leechDir.resolve("cluster.bin"))).isEqualTo(content);
  }

  private static int count(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1;
  }

  private static String text(ServerProcess t) {
    try {
      return t.logText();
    } catch (IOException e) {
      return "";
    }
  }
}
