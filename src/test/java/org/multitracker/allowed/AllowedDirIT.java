package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.multitracker.testing.Torrents;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerClient.Reply;
import org.multitracker.testing.TrackerDeployment;

/** allowed_dir with allowed_controls and allow_get, re-read every second. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllowedDirIT {
  static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
  static final Path DIR;
  static final byte[] HOSTILE = Torrents.of(HOSTILE_NAME, List.of("http://a/announce"), null, null);
  static final byte[] REFUSED = Torrents.of("refused", List.of(), "no longer served here", null);
  static final byte[] WARNED = Torrents.of("warned", List.of(), null, "please update");

  static {
    try {
      DIR = Files.createTempDirectory("multitracker-allowed-it");
      Files.write(DIR.resolve("hostile.torrent"), HOSTILE);
      Files.write(DIR.resolve("refused.torrent"), REFUSED);
      Files.write(DIR.resolve("warned.torrent"), WARNED);
      Files.write(DIR.resolve("broken.torrent"), "d4:infoi1e".getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(
        Map.of(
            "allowed_dir", DIR.toString(),
            "allowed_controls", "1",
            "allow_get", "1",
            "parse_dir_interval", "1"));
  }

  private BDict announce(byte[] torrent, String peer) {
    TestPeer p = new TestPeer(Torrents.infoHash(torrent).bytes(), peer, 3000);
    return client.get("/announce?" + p.announce(10, "started")).dict();
  }

  @Test
  void refusesTorrentsThatAreNotInTheDirectory() {
    BDict answer =
        client
            .get(
                "/announce?" + new TestPeer(TestPeer.randomHash(), "-X-", 1).announce(1, "started"))
            .dict();
    assertThat(answer.utf8("failure reason").orElseThrow())
        .isEqualTo("Requested download is not authorized for use with this tracker.");
  }

  @Test
  void sendsTheControlsOfTheTorrentFile() {
    assertThat(announce(REFUSED, "-R-").utf8("failure reason")).contains("no longer served here");
    BDict warned = announce(WARNED, "-W-");
    assertThat(warned.utf8("warning message")).contains("please update");
    assertThat(warned.integer("incomplete")).hasValue(1);
  }

  @Test
  void showsHostileNamesAsTextAndInScrape() {
    announce(HOSTILE, "-H-");
    String page = client.get("/").text();
    assertThat(page).doesNotContain(HOSTILE_NAME).contains("&lt;img src=x onerror=alert(1)&gt;");
    BDict files = client.get("/scrape").dict().dict("files").orElseThrow();
    String key = new String(Torrents.infoHash(HOSTILE).bytes(), StandardCharsets.ISO_8859_1);
    assertThat(files.dict(key).orElseThrow().utf8("name")).contains(HOSTILE_NAME);
    assertThat(files.entries()).hasSize(3);
  }

  @Test
  void servesTheTorrentFileByteForByte() {
    Reply r =
        client.get("/file?" + Query.of().add("info_hash", Torrents.infoHash(HOSTILE).bytes()));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/x-bittorrent");
    assertThat(r.body()).isEqualTo(HOSTILE);
    assertThat(client.get("/file?" + Query.of().add("info_hash", TestPeer.randomHash())).status())
        .isEqualTo(404);
    assertThat(client.rawGet("/file?info_hash=%zz").status()).isEqualTo(404);
  }

  @Test
  void followsFilesAddedAndRemovedWhileRunning() throws Exception {
    byte[] added = Torrents.of("added later", List.of(), null, null);
    Path file = DIR.resolve("sub-later.torrent");
    Files.write(file, added);
    eventually(Duration.ofSeconds(10), () -> !announce(added, "-N-").containsKey("failure reason"));
    Files.delete(file);
    eventually(Duration.ofSeconds(10), () -> announce(added, "-N-").containsKey("failure reason"));
  }
}
