package org.multitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.bencode.BDict;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Query;
import org.multitracker.testing.TorrentMaker;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerDeployment;

/**
 * Two real BitTorrent clients (aria2c, Debian package aria2) share a file through the tracker on
 * loopback, with DHT, PEX and local discovery off: the leecher can only learn the seeder from us.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AriaSwarmIT {
  private static final List<String> TRACKER_ONLY =
      List.of(
          "--enable-dht=false",
          "--enable-dht6=false",
          "--bt-enable-lpd=false",
          "--enable-peer-exchange=false",
          "--console-log-level=warn",
          "--summary-interval=0",
          "--no-conf=true",
          "--bt-stop-timeout=120");

  @TempDir Path dir;

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of());
  }

  @Test
  void leecherCompletesFromASeederItLearntFromTheTracker() throws Exception {
    Path seedDir = Files.createDirectories(dir.resolve("seed"));
    Path leechDir = Files.createDirectories(dir.resolve("leech"));
    byte[] content = new byte[3 * 1024 * 1024 + 12345];
    new Random(42).nextBytes(content);
    Path file = Files.write(seedDir.resolve("payload.bin"), content);
    byte[] torrent =
        TorrentMaker.singleFile(
            file, "http://127.0.0.1:" + TrackerClient.PORT + "/announce", 256 * 1024);
    Path torrentFile = Files.write(dir.resolve("payload.torrent"), torrent);
    byte[] infoHash = MetainfoParser.parse(torrent).infoHash().bytes();

    Process seeder =
        aria(seedDir, torrentFile, 16881, "--check-integrity=true", "--seed-ratio=0.0", "seeder");
    try {
      waitForSeeds(infoHash, 1);
      Process leecher = aria(leechDir, torrentFile, 16882, "--seed-time=0", "", "leecher");
      assertThat(leecher.waitFor(120, TimeUnit.SECONDS)).as("leecher finished in time").isTrue();
      assertThat(leecher.exitValue()).as("aria2c exit code").isZero();
      assertThat(Files.readAllBytes(leechDir.resolve("payload.bin"))).isEqualTo(content);
      assertThat(scrape(infoHash).integer("downloaded").orElseThrow()).isGreaterThanOrEqualTo(1);
    } finally {
      seeder.destroy();
      seeder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process aria(Path workDir, Path torrent, int port, String opt1, String opt2, String name)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of("aria2c", "--dir=" + workDir, "--listen-port=" + port));
    cmd.addAll(TRACKER_ONLY);
    cmd.add(opt1);
    if (!opt2.isEmpty()) {
      cmd.add(opt2);
    }
    cmd.add(torrent.toString());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  private BDict scrape(byte[] infoHash) {
    BDict files =
        TrackerClient.ipv4().get("/scrape?" + Query.of().add("info_hash", infoHash)).dict()
            .dict("files").orElseThrow();
    return files.entries().isEmpty() ? BDict.of(Map.of()) : (BDict) files.entries().values().iterator().next();
  }

  private void waitForSeeds(byte[] infoHash, int seeds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (scrape(infoHash).integer("complete").orElse(0) >= seeds) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the seeder never announced to the tracker");
  }
}
