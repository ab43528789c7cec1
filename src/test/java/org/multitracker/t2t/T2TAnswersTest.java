package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.network.TrackerIdentity;
import org.multitracker.swarm.Swarms;
import org.multitracker.testing.TestPeer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.RequestBuffers;

/** Another tracker's poll: our clients' peers, as multitracker_allowed permits, never ourselves. */
class T2TAnswersTest {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};
  private final byte[] hash = TestPeer.randomHash();

  private T2TAnswers answers(Map<String, String> options) {
    T2TAnswers a = new T2TAnswers();
    a.config = TrackerConfig.from(key -> Optional.ofNullable(options.get(key)));
    a.swarms = new Swarms();
    a.identity = new TrackerIdentity();
    a.allowed =
        new AllowedTorrents() {
          @Override
          public Optional<AllowedTorrent> get(InfoHash infoHash) {
            return Optional.empty(); // no .torrent, so no announce-list
          }

          @Override
          public String warning(InfoHash infoHash) {
            return null;
          }
        };
    return a;
  }

  private static int answer(T2TAnswers a, String query, RequestBuffers buf) {
    return a.answer(AnnounceCall.parse(query, LOOPBACK, null, "poller", 80), buf);
  }

  private String poll(byte[] peerId) {
    return new TestPeer(hash, "x", 1)
            .announce(0, null)
            .toString()
            .replaceFirst(
                "peer_id=[^&]*", "peer_id=" + org.multitracker.testing.Query.encode(peerId))
        + "&tracker=1";
  }

  private static String body(RequestBuffers buf) {
    return new String(buf.writer.buffer(), 0, buf.writer.size(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void aPollGetsOurClientsPeersAndTheMultitrackerInterval() {
    T2TAnswers a = answers(Map.of("tracker.multitracker_allowed", "all"));
    RequestBuffers buf = RequestBuffers.acquire();
    TestPeer client = new TestPeer(hash, "-AA-", 6001);
    a.swarms.announce(
        AnnounceCall.parse(client.announce(10, "started").toString(), LOOPBACK, null, "c", 80)
            .request()
            .toPeerAnnounce(new InfoHash(hash), LOOPBACK, LOOPBACK, true, 0),
        0,
        buf.selection);
    buf = RequestBuffers.acquire();
    assertThat(answer(a, poll(TestPeer.id("-T-other")), buf)).isEqualTo(200);
    BDict d =
        (BDict)
            Bdecoder.decode(
                Arrays.copyOf(buf.writer.buffer(), buf.writer.size()),
                BencodeLimits.TRACKER_RESPONSE);
    assertThat(d.integer("interval")).hasValue(120L);
    assertThat(d.string("peers").orElseThrow().bytes()).hasSize(6);
  }

  @Test
  void ourOwnPollIsRefused() {
    T2TAnswers a = answers(Map.of("tracker.multitracker_allowed", "all"));
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(answer(a, poll(a.identity.id()), buf)).isEqualTo(200);
    assertThat(body(buf)).contains("disallowed");
  }

  @Test
  void multitrackerAllowedNoneRefusesEveryPoll() {
    T2TAnswers a = answers(Map.of("tracker.multitracker_allowed", "none"));
    RequestBuffers buf = RequestBuffers.acquire();
    answer(a, poll(TestPeer.id("-T-other")), buf);
    assertThat(body(buf)).contains("disallowed");
  }

  @Test
  void autodetectServesOnlyTorrentsWithAnAnnounceList() {
    T2TAnswers a =
        answers(
            Map.of(
                "tracker.multitracker_allowed", "autodetect",
                "tracker.allowed_dir", "/nonexistent-allowed-dir"));
    RequestBuffers buf = RequestBuffers.acquire();
    answer(a, poll(TestPeer.id("-T-other")), buf);
    assertThat(body(buf)).contains(T2TAnswers.NOT_FOR_MULTITRACKER);
  }
}
