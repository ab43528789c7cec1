package org.multitracker.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multitracker.bencode.BDict;
import org.multitracker.testing.Query;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerClient.Reply;
import org.multitracker.testing.TrackerDeployment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScrapeIT {
  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of());
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void scrapesSeveralTorrentsAtOnce() {
    byte[] h1 = TestPeer.randomHash();
    byte[] h2 = TestPeer.randomHash();
    byte[] unknown = TestPeer.randomHash();
    client.get("/announce?" + new TestPeer(h1, "-A-", 1001).announce(0, "completed"));
    client.get("/announce?" + new TestPeer(h1, "-B-", 1002).announce(5, "started"));
    client.get("/announce?" + new TestPeer(h2, "-C-", 1003).announce(5, "started"));
    for (String path : List.of("/scrape", "/scrape.php", "/tracker.php/scrape")) {
      Reply r =
          client.get(
              path
                  + "?"
                  + Query.of().add("info_hash", h1).add("info_hash", h2).add("info_hash", unknown));
      BDict files = r.dict().dict("files").orElseThrow();
      assertThat(files.entries().keySet()).containsExactlyInAnyOrder(latin1(h1), latin1(h2));
      BDict f1 = files.dict(latin1(h1)).orElseThrow();
      assertThat(f1.integer("complete").orElseThrow()).isEqualTo(1);
      assertThat(f1.integer("incomplete").orElseThrow()).isEqualTo(1);
      assertThat(f1.integer("downloaded").orElseThrow()).isEqualTo(1);
      assertThat(files.dict(latin1(h2)).orElseThrow().integer("incomplete").orElseThrow())
          .isEqualTo(1);
    }
  }

  @Test
  void fullScrapeListsEveryTorrentInKeyOrder() {
    List<byte[]> hashes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      byte[] h = TestPeer.randomHash();
      hashes.add(h);
      client.get("/announce?" + new TestPeer(h, "-F" + i + "-", 1100 + i).announce(1, "started"));
    }
    Reply r = client.get("/scrape");
    assertThat(r.status()).isEqualTo(200);
    // the strict decoder of dict() already rejects unsorted keys
    BDict files = r.dict().dict("files").orElseThrow();
    for (byte[] h : hashes) {
      assertThat(files.entries()).containsKey(latin1(h));
    }
  }

  @Test
  void rejectsMalformedHashesAsGarbage() {
    Reply r = client.rawGet("/scrape?info_hash=abc");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text()).startsWith("you sent me garbage - ");
    Reply bad = client.rawGet("/scrape?info_hash=%zz");
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void answersAnEmptyFilesDictForUnknownTorrents() {
    Reply r = client.get("/scrape?" + Query.of().add("info_hash", TestPeer.randomHash()));
    assertThat(r.dict().dict("files").orElseThrow().entries()).isEmpty();
    assertThat(Arrays.equals(r.body(), "d5:filesdee".getBytes())).isTrue();
  }
}
