package org.multitracker.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.config.TrackerConfig;
import org.multitracker.forwarding.AggregateForwarder;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.Swarms;
import org.multitracker.t2t.T2TList;
import org.multitracker.testing.TestPeer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.RequestBuffers;

/**
 * The handler's side of a lonely client: when it waits, that it is stored before the polls go out,
 * and that its late answer is the answer it would have had with those peers at once.
 */
class LonelyAnnounceTest {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};
  private final byte[] hash = TestPeer.randomHash();
  private final Endpoint remote = Endpoint.of(null, new byte[] {10, 9, 8, 7}, 6881, false);
  private final ClientAnnounces handler = new ClientAnnounces();
  private final List<Integer> peersSeenByPolls = new ArrayList<>();
  private Endpoint[] harvest = new Endpoint[0];
  private CompletableFuture<Void> polls = new CompletableFuture<>();

  @BeforeEach
  void wire() {
    handler.config = TrackerConfig.defaults();
    handler.swarms = new Swarms();
    handler.seeded = new SeededTorrents();
    handler.seeded.config = handler.config;
    handler.forwarder = new AggregateForwarder();
    handler.allowed =
        new AllowedTorrents() {
          @Override
          public boolean ipAllowed(byte[] ip) {
            return true;
          }

          @Override
          public boolean allows(InfoHash infoHash) {
            return true;
          }

          @Override
          public Optional<AllowedTorrent> get(InfoHash infoHash) {
            return Optional.empty();
          }

          @Override
          public String warning(InfoHash infoHash) {
            return null;
          }
        };
    handler.t2t =
        new T2TList() {
          @Override
          public Endpoint[] harvested(InfoHash infoHash) {
            return harvest;
          }

          @Override
          public CompletableFuture<Void> pollAtOnce(InfoHash infoHash) {
            peersSeenByPolls.add(
                handler.swarms.stats(infoHash).map(s -> s.complete() + s.incomplete()).orElse(0));
            return polls;
          }
        };
  }

  private int announce(TestPeer peer, String extra, RequestBuffers buf) {
    int status = answer(peer.announce(100, "started") + extra, buf);
    if (status == RequestBuffers.AWAITING) {
      LonelyWait.release(); // the servlet would start a wait with this slot; none here
    }
    return status;
  }

  private int answer(String query, RequestBuffers buf) {
    return handler.answer(AnnounceCall.parse(query, LOOPBACK, null, "test", 80), buf);
  }

  private static byte[] body(RequestBuffers buf) {
    return Arrays.copyOf(buf.writer.buffer(), buf.writer.size());
  }

  @Test
  void aLonelyClientIsStoredThenWaitsForThePolls() {
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(announce(new TestPeer(hash, "-AA-", 6001), "", buf))
        .isEqualTo(RequestBuffers.AWAITING);
    assertThat(peersSeenByPolls).containsExactly(1);
    assertThat(((LonelyAnnounce) buf.awaiting).polls()).isSameAs(polls);
  }

  @Test
  void theLateAnswerIsTheAnswerItWouldHaveHadAtOnce() {
    for (String form : List.of("", "&compact=0", "&compact=0&no_peer_id=1", "&supportcrypto=1")) {
      TestPeer peer = new TestPeer(TestPeer.randomHash(), "-AA-", 6001);
      harvest = new Endpoint[0];
      RequestBuffers buf = RequestBuffers.acquire();
      assertThat(announce(peer, form, buf)).isEqualTo(RequestBuffers.AWAITING);
      LonelyAnnounce lonely = (LonelyAnnounce) buf.awaiting;
      harvest = new Endpoint[] {remote}; // what the polls brought
      buf = RequestBuffers.acquire();
      assertThat(handler.answerLonely(lonely, buf)).isEqualTo(200);
      byte[] late = body(buf);
      boolean lateIncompressible = buf.incompressible;
      buf = RequestBuffers.acquire();
      assertThat(announce(peer, form, buf)).as("the harvest is there now: no wait").isEqualTo(200);
      assertThat(late).as(form).isEqualTo(body(buf));
      assertThat(lateIncompressible).isEqualTo(buf.incompressible);
    }
  }

  @Test
  void theLateAnswerCarriesThePeersAndTheCounts() {
    RequestBuffers buf = RequestBuffers.acquire();
    announce(new TestPeer(hash, "-AA-", 6001), "", buf);
    LonelyAnnounce lonely = (LonelyAnnounce) buf.awaiting;
    harvest = new Endpoint[] {remote};
    buf = RequestBuffers.acquire();
    handler.answerLonely(lonely, buf);
    BDict answer = (BDict) Bdecoder.decode(body(buf), BencodeLimits.TRACKER_RESPONSE);
    assertThat(answer.string("peers").orElseThrow().bytes()).isEqualTo(remote.compact());
    assertThat(answer.integer("incomplete")).hasValue(1L);
    assertThat(answer.integer("interval")).hasValue(1800L);
  }

  @Test
  void aClientWithCompanyAnswersAtOnce() {
    RequestBuffers buf = RequestBuffers.acquire();
    announce(new TestPeer(hash, "-AA-", 6001), "", buf);
    buf = RequestBuffers.acquire();
    assertThat(announce(new TestPeer(hash, "-BB-", 6002), "", buf)).isEqualTo(200);
    assertThat(peersSeenByPolls).as("only the first was alone").hasSize(1);
  }

  @Test
  void aClientThatWantsNoPeersNeverWaits() {
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(announce(new TestPeer(hash, "-AA-", 6001), "&numwant=0", buf)).isEqualTo(200);
    TestPeer stopping = new TestPeer(hash, "-BB-", 6002);
    buf = RequestBuffers.acquire();
    assertThat(answer(stopping.announce(0, "stopped").toString(), buf)).isEqualTo(200);
    assertThat(peersSeenByPolls).isEmpty();
  }

  @Test
  void nothingToWaitForAnswersAtOnce() {
    polls = null; // no pairs for this torrent, or none may be polled now
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(announce(new TestPeer(hash, "-AA-", 6001), "", buf)).isEqualTo(200);
    assertThat(buf.awaiting).isNull();
  }
}
