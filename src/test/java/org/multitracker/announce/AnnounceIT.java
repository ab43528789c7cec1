package org.multitracker.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
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

/** Announces over real HTTP against the WAR in a managed WildFly. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnounceIT {
  private final TrackerClient v4 = TrackerClient.ipv4();
  private final TrackerClient v6 = TrackerClient.ipv6();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of("response_size", "5"));
  }

  private Reply announce(TrackerClient client, Query q, String... headers) {
    return client.get("/announce?" + q, headers);
  }

  private static long count(BDict d, String key) {
    return d.integer(key).orElseThrow();
  }

  private static List<Integer> ports(BDict answer, String key, int addressLength) {
    byte[] peers = answer.string(key).orElseThrow().bytes();
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i + addressLength + 2 <= peers.length; i += addressLength + 2) {
      ports.add((peers[i + addressLength] & 0xff) << 8 | peers[i + addressLength + 1] & 0xff);
    }
    return ports;
  }

  private long[] scrape(byte[] infoHash) {
    BDict files =
        v4.get("/scrape?" + Query.of().add("info_hash", infoHash))
            .dict()
            .dict("files")
            .orElseThrow();
    if (files.entries().isEmpty()) {
      return new long[] {0, 0, 0};
    }
    BDict f = (BDict) files.entries().values().iterator().next();
    return new long[] {count(f, "complete"), count(f, "incomplete"), count(f, "downloaded")};
  }

  @Test
  void followsThePeersOfASwarmThroughTheirLifeCycle() {
    byte[] hash = TestPeer.randomHash();
    TestPeer a = new TestPeer(hash, "-AA0001-", 6881);
    TestPeer b = new TestPeer(hash, "-BB0001-", 6882);
    TestPeer c = new TestPeer(hash, "-CC0001-", 6883);

    BDict first = announce(v4, a.announce(1000, "started")).dict();
    assertThat(count(first, "complete")).isZero();
    assertThat(count(first, "incomplete")).isEqualTo(1);
    assertThat(count(first, "interval")).isEqualTo(1800);
    assertThat(ports(first, "peers", 4)).isEmpty();

    BDict seed = announce(v4, b.announce(0, "started")).dict();
    assertThat(count(seed, "complete")).isEqualTo(1);
    assertThat(ports(seed, "peers", 4)).containsExactly(6881);

    BDict update = announce(v4, a.announce(500, null)).dict();
    assertThat(ports(update, "peers", 4)).containsExactly(6882);

    BDict done = announce(v4, a.announce(0, "completed")).dict();
    assertThat(count(done, "complete")).isEqualTo(2);
    assertThat(count(done, "incomplete")).isZero();
    assertThat(ports(done, "peers", 4)).as("seeds get no seeds").isEmpty();

    BDict third = announce(v4, c.announce(1000, "started")).dict();
    assertThat(ports(third, "peers", 4)).containsExactlyInAnyOrder(6881, 6882);

    BDict stopped = announce(v4, b.announce(0, "stopped")).dict();
    assertThat(ports(stopped, "peers", 4)).isEmpty();
    assertThat(scrape(hash)).containsExactly(1, 1, 1);
  }

  @Test
  void answersGarbageWithHttp400AndKeepsTheCounts() {
    byte[] hash = TestPeer.randomHash();
    TestPeer a = new TestPeer(hash, "-AA0002-", 7001);
    announce(v4, a.announce(10, "started"));
    String id = Query.encode(a.peerId);
    String h = Query.encode(hash);
    String good = "&uploaded=0&downloaded=0&compact=1";
    List<String> garbage =
        List.of(
            "peer_id=" + id + "&port=1&left=1" + good,
            "info_hash="
                + h.substring(0, h.length() - 3)
                + "&peer_id="
                + id
                + "&port=1&left=1"
                + good,
            "info_hash="
                + h
                + "&peer_id="
                + id.substring(0, id.length() - 3)
                + "&port=1&left=1"
                + good,
            "info_hash=" + h + "&peer_id=" + id + "&port=70000&left=1" + good,
            "info_hash=" + h + "&peer_id=" + id + "&port=1&left=-1" + good,
            "info_hash=" + h + "&peer_id=" + id + "&port=1&left=abc" + good,
            "info_hash=" + h + "&peer_id=" + id + "&port=1&left=1&event=paused" + good,
            "info_hash=" + h + "&peer_id=" + id + "&port=1&left=1&event=stopped&numwant=-5" + good,
            "info_hash=%zz&peer_id=" + id + "&port=1&left=1" + good,
            "info_hash="
                + h
                + "&peer_id="
                + id
                + "&port=1&left=1&pad="
                + "x".repeat(10_000)
                + good);
    for (String q : garbage) {
      Reply r = v4.rawGet("/announce?" + q);
      assertThat(r.status()).as(q.length() > 200 ? "long query" : q).isEqualTo(400);
      assertThat(r.text()).startsWith("you sent me garbage - ");
    }
    assertThat(scrape(hash)).containsExactly(0, 1, 0);
  }

  @Test
  void acceptsHugeNumwantButCapsItByResponseSize() {
    byte[] hash = TestPeer.randomHash();
    for (int i = 0; i < 8; i++) {
      announce(v4, new TestPeer(hash, "-SS000" + i + "-", 8000 + i).announce(0, "started"));
    }
    TestPeer leecher = new TestPeer(hash, "-LL0001-", 9000);
    BDict many = announce(v4, leecher.announce(5, "started").add("numwant", "99999999999")).dict();
    assertThat(ports(many, "peers", 4)).hasSize(5).doesNotHaveDuplicates();
    BDict one = announce(v4, leecher.announce(5, null).add("numwant", 1)).dict();
    assertThat(ports(one, "peers", 4)).hasSize(1);
    BDict none = announce(v4, leecher.announce(5, null).add("numwant", 0)).dict();
    assertThat(ports(none, "peers", 4)).isEmpty();
    assertThat(count(none, "complete")).isEqualTo(8);
  }

  @Test
  void refusesNonCompactClientsOverIpv4() {
    TestPeer a = new TestPeer(TestPeer.randomHash(), "-AA0003-", 7002);
    Reply r = v4.get("/announce?" + a.announce(1, "started").toString().replace("&compact=1", ""));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text()).isEqualTo("your client is outdated, please upgrade");
    assertThat(scrape(a.infoHash)).containsExactly(0, 0, 0);
  }

  @Test
  void givesIpv6ClientsPeers6() {
    byte[] hash = TestPeer.randomHash();
    TestPeer a = new TestPeer(hash, "-AA0004-", 7101);
    TestPeer b = new TestPeer(hash, "-BB0004-", 7102);
    TestPeer c = new TestPeer(hash, "-CC0004-", 7103);
    announce(v6, a.announce(100, "started"));
    announce(v4, c.announce(100, "started"));
    BDict answer = announce(v6, b.announce(100, "started")).dict();
    assertThat(ports(answer, "peers6", 16)).containsExactly(7101);
    byte[] peers6 = answer.string("peers6").orElseThrow().bytes();
    assertThat(peers6[15]).isEqualTo((byte) 1); // ::1
    assertThat(ports(answer, "peers", 4)).containsExactly(7103);
  }

  @Test
  void letsOnlyTheSameKeyOrAddressChangeAPeer() {
    byte[] hash = TestPeer.randomHash();
    TestPeer a = new TestPeer(hash, "-AA0005-", 7201);
    announce(v4, a.announce(100, "started").add("key", "k1"), "X-Forwarded-For", "10.0.0.1");
    announce(v4, a.announce(100, "stopped"), "X-Forwarded-For", "10.0.0.2");
    assertThat(scrape(hash)).as("stop from another address, no key").containsExactly(0, 1, 0);
    announce(v4, a.announce(100, "stopped").add("key", "k2"), "X-Forwarded-For", "10.0.0.2");
    assertThat(scrape(hash)).as("stop with the wrong key").containsExactly(0, 1, 0);
    announce(v4, a.announce(100, "stopped").add("key", "k1"), "X-Forwarded-For", "10.0.0.3");
    assertThat(scrape(hash)).as("stop with the right key").containsExactly(0, 0, 0);
  }

  @Test
  void gzipsLargeAnswersForClientsThatAcceptIt() throws IOException {
    byte[] hash = TestPeer.randomHash();
    TestPeer a = new TestPeer(hash, "-AA0006-", 7301);
    Reply r =
        announce(
            v4,
            a.announce(1, "started").add("scrape", 1).add("pad", "x"),
            "Accept-Encoding",
            "gzip");
    assertThat(r.status()).isEqualTo(200);
    if (r.contentEncoding().equals("gzip")) {
      byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
      assertThat(new String(plain, StandardCharsets.ISO_8859_1)).startsWith("d8:complete");
    } else {
      assertThat(r.dict().dict("scrape")).isPresent();
    }
  }

  @Test
  void tellsPollingTrackersTheyAreDisallowedWithoutAllowedDir() {
    TestPeer a = new TestPeer(TestPeer.randomHash(), "-T-", 0);
    BDict answer = announce(v4, a.announce(1, "stopped").add("tracker", 1)).dict();
    assertThat(answer.string("failure reason").orElseThrow().utf8()).isEqualTo("disallowed");
  }

  @Test
  void answersUnknownPathsWithPlain404() {
    Reply r = v4.get("/no/such/thing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text()).contains("alas, not here");
  }
}
