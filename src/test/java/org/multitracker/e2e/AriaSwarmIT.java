package org.multitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.multitracker.testing.AriaClient;
import org.multitracker.testing.Query;
import org.multitracker.testing.Torrents;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerDeployment;

/**
 * Two real BitTorrent clients share a file through the tracker on loopback: the leecher can only
 * learn the seeder from us.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AriaSwarmIT {
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
        Torrents.fromFile(file, "http://127.0.0.1:" + TrackerClient.PORT + "/announce", 256 * 1024);
    Path torrentFile = Files.write(dir.resolve("payload.torrent"), torrent);
    byte[] infoHash = MetainfoParser.parse(torrent).infoHash().bytes();

    try (AriaClient seeder =
        AriaClient.seed(seedDir, torrentFile, 16881, dir.resolve("seeder.log"))) {
      waitForSeeds(infoHash, 1);
      try (AriaClient leecher =
          AriaClient.leech(leechDir, torrentFile, 16882, dir.resolve("leecher.log"))) {
        assertThat(leecher.awaitExit(Duration.ofSeconds(120))).as("aria2c exit code").isZero();
      }
      assertThat(Files.readAllBytes(leechDir.resolve("payload.bin"))).isEqualTo(content);
      assertThat(scrape(infoHash).integer("downloaded").orElseThrow()).isGreaterThanOrEqualTo(1);
    }
  }

  private BDict scrape(byte[] infoHash) {
    BDict files =
        TrackerClient.ipv4()
            .get("/scrape?" + Query.of().add("info_hash", infoHash))
            .dict()
            .dict("files")
            .orElseThrow();
    return files.entries().isEmpty()
        ? BDict.of(Map.of())
        : (BDict) files.entries().values().iterator().next();
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
