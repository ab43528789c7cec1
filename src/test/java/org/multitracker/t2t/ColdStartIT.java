package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * A cluster's cold start: two trackers that have never polled each other, at default settings (T2T
 * every 120 s, clients told 1800 s). A client alone on one tracker gets the other polled at once,
 * so clients that start together on different trackers meet on their first announce.
 */
class ColdStartIT {
  static final int[] OFFSETS = {290, 295};
  static final List<ServerProcess> TRACKERS = new ArrayList<>();
  static final List<Socket> HELD = new ArrayList<>();
  static Path dir;
  static ServerSocket silent;

  @BeforeAll
  static void startCluster(@TempDir Path temp) throws Exception {
    dir = temp;
    // A "tracker" that accepts connections and never answers, named by one torrent.
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread holder = new Thread(ColdStartIT::holdConnections, "silent-tracker");
    holder.setDaemon(true);
    holder.start();
    Path allowed = Files.createDirectories(dir.resolve("allowed"));
    List<String> cluster = List.of(url(0), url(1));
    for (String name : List.of("cold", "probe")) {
      Files.write(allowed.resolve(name + ".torrent"), torrent(name, cluster.get(0), cluster));
    }
    String hanging = "http://127.0.0.1:" + silent.getLocalPort() + "/announce";
    Files.write(allowed.resolve("hang.torrent"), torrent("hang", url(0), List.of(url(0), hanging)));
    Map<String, String> options =
        Map.of(
            "allowed_dir", allowed.toString(),
            "multitracker_enabled", "1",
            "multitracker_trusted", "http://127.0.0.1:");
    for (int i = 0; i < OFFSETS.length; i++) {
      TRACKERS.add(new ServerProcess("coldstart" + (i + 1), OFFSETS[i], options).start());
    }
    for (ServerProcess t : TRACKERS) {
      t.awaitReady(Duration.ofSeconds(120));
    }
    // No signal says the pairs are made (their first polls come up to a reannounce interval
    // later): the poller makes them on its first tick, a second after start.
    Thread.sleep(2000);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (ServerProcess t : TRACKERS) {
      t.stop();
    }
    silent.close();
    for (Socket s : HELD) {
      s.close();
    }
  }

  private static void holdConnections() {
    try {
      while (true) {
        Socket s = silent.accept();
        synchronized (HELD) {
          HELD.add(s);
        }
      }
    } catch (IOException closed) {
      // the test is over
    }
  }

  static String url(int tracker) {
    return "http://127.0.0.1:" + (8080 + OFFSETS[tracker]) + "/announce";
  }

  private static byte[] torrent(String name, String announce, List<String> tier) throws Exception {
    Path file = dir.resolve("seed").resolve(name + ".bin");
    if (!Files.exists(file)) {
      byte[] content = new byte[name.equals("cold") ? 4 * 1024 * 1024 + 321 : 1000];
      new Random(name.hashCode()).nextBytes(content);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    }
    return Torrents.fromFile(file, announce, tier, 256 * 1024);
  }

  private static byte[] infoHash(String name) throws Exception {
    return MetainfoParser.parse(torrent(name, url(0), List.of(url(0), url(1)))).infoHash().bytes();
  }

  private static BDict announce(int tracker, TestPeer peer) {
    return new TrackerClient("127.0.0.1", 8080 + OFFSETS[tracker])
        .get("/announce?" + peer.announce(100, "started"))
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
  void theSecondClientToArriveFindsTheFirstOnItsFirstAnnounce() throws Exception {
    byte[] hash = infoHash("probe");
    BDict first = announce(0, new TestPeer(hash, "-AA-", 7001));
    assertThat(ports(first)).as("nobody else yet").isEmpty();
    long start = System.nanoTime();
    BDict second = announce(1, new TestPeer(hash, "-BB-", 7002));
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    System.out.println(
        "Cold start: second client's answer with the first's peer in " + millis + " ms");
    assertThat(ports(second)).containsExactly(7001);
    assertThat(second.integer("interval")).hasValue(1800L);
    assertThat(second.integer("incomplete")).as("our own swarm's count").hasValue(1L);
  }

  @Test
  void aHangingTrackerDelaysALonelyAnswerByTwoSecondsAtMost() throws Exception {
    byte[] hash = infoHash("hang");
    long start = System.nanoTime();
    BDict answer = announce(0, new TestPeer(hash, "-HH-", 7101));
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    System.out.println("Lonely answer with a silent tracker in the list: " + millis + " ms");
    assertThat(answer.string("peers").orElseThrow().bytes()).isEmpty();
    assertThat(millis).as("2 s, not http_timeout (60 s)").isBetween(1500L, 6000L);
    start = System.nanoTime();
    announce(0, new TestPeer(hash, "-HI-", 7102));
    assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis())
        .as("another client right after: the hanging poll is not waited for again")
        .isLessThan(1500L);
  }

  @Test
  void clientsStartingTogetherOnTwoTrackersShareAFileWithin30Seconds() throws Exception {
    Path seedDir = dir.resolve("seed");
    Path leechDir = Files.createDirectories(dir.resolve("leech"));
    Path bin = seedDir.resolve("cold.bin");
    Path seedTorrent =
        Files.write(dir.resolve("seed.torrent"), Torrents.fromFile(bin, url(0), 256 * 1024));
    Path leechTorrent =
        Files.write(dir.resolve("leech.torrent"), Torrents.fromFile(bin, url(1), 256 * 1024));
    long start = System.nanoTime();
    try (AriaClient seeder =
            AriaClient.seed(seedDir, seedTorrent, 16991, dir.resolve("seeder.log"));
        AriaClient leecher =
            AriaClient.leech(leechDir, leechTorrent, 16992, dir.resolve("leecher.log"))) {
      assertThat(leecher.awaitExit(Duration.ofSeconds(30)))
          .as("leecher exit code within 30 s")
          .isZero();
    }
    System.out.println(
        "Cold start: aria2c transfer across two trackers done in "
            + Duration.ofNanos(System.nanoTime() - start).toMillis()
            + " ms");
    assertThat(Files.readAllBytes(leechDir.resolve("cold.bin"))).isEqualTo(Files.readAllBytes(bin));
  }
}
