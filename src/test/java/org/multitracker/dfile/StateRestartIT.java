package org.multitracker.dfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multitracker.bencode.BDict;
import org.multitracker.testing.Query;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerDeployment;

/** Counts and peers survive a redeployment through dfile; a corrupt dfile means a fresh start. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StateRestartIT {
  static final Path DFILE;

  static {
    try {
      DFILE = Files.createTempDirectory("multitracker-state").resolve("tracker.dfile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ArquillianResource Deployer deployer;
  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(name = "tracker", managed = false, testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of("dfile", DFILE.toString()));
  }

  private long[] scrape(byte[] hash) {
    BDict files =
        client
            .get("/scrape?" + Query.of().add("info_hash", hash))
            .dict()
            .dict("files")
            .orElseThrow();
    if (files.entries().isEmpty()) {
      return new long[] {0, 0, 0};
    }
    BDict f = (BDict) files.entries().values().iterator().next();
    return new long[] {
      f.integer("complete").orElseThrow(),
      f.integer("incomplete").orElseThrow(),
      f.integer("downloaded").orElseThrow()
    };
  }

  /** The restore runs beside the first announces: wait until it has put the counts back. */
  private long[] awaitScrape(byte[] hash, long... expected) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    long[] counts = scrape(hash);
    while (!Arrays.equals(counts, expected) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      counts = scrape(hash);
    }
    return counts;
  }

  private static boolean movedAside() throws IOException {
    try (var files = Files.list(DFILE.getParent())) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("tracker.dfile.unusable-"));
    }
  }

  @Test
  void keepsCountsAndPeersAcrossARestartAndSurvivesACorruptFile() throws Exception {
    byte[] hash = TestPeer.randomHash();
    TestPeer seed = new TestPeer(hash, "-S-", 5001);
    TestPeer leecher = new TestPeer(hash, "-L-", 5002);
    deployer.deploy("tracker");
    client.get("/announce?" + seed.announce(0, "completed"));
    client.get("/announce?" + leecher.announce(10, "started"));
    assertThat(scrape(hash)).containsExactly(1, 1, 1);
    deployer.undeploy("tracker");
    assertThat(DFILE).exists();

    deployer.deploy("tracker");
    assertThat(awaitScrape(hash, 1, 1, 1)).containsExactly(1, 1, 1);
    BDict answer = client.get("/announce?" + leecher.announce(10, null)).dict();
    assertThat(answer.string("peers").orElseThrow().bytes()).hasSize(6);
    deployer.undeploy("tracker");

    Files.writeString(DFILE, "d8:torrentsi5ee");
    deployer.deploy("tracker");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!movedAside() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(movedAside()).isTrue();
    assertThat(scrape(hash)).containsExactly(0, 0, 0);
    deployer.undeploy("tracker");
  }
}
