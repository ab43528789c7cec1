package org.multitracker.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multitracker.aggregator.IntakeAnnounces;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.t2t.T2TAnswers;
import org.multitracker.testing.TestPeer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.RequestBuffers;

/** The checks every role shares, and which role answers: chosen once, by the tracker's mode. */
class AnnounceEntranceTest {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};
  private final List<String> answeredBy = new ArrayList<>();
  private final String clientQuery =
      new TestPeer(TestPeer.randomHash(), "-AA-", 6001).announce(0, null).toString();
  private boolean ipAllowed = true;
  private String torrentRefusal;

  private AnnounceEntrance entrance(Map<String, String> options) {
    AnnounceEntrance e = new AnnounceEntrance();
    e.config = TrackerConfig.from(key -> Optional.ofNullable(options.get(key)));
    e.allowed =
        new AllowedTorrents() {
          @Override
          public boolean ipAllowed(byte[] ip) {
            return ipAllowed;
          }

          @Override
          public String refusal(InfoHash infoHash) {
            return torrentRefusal;
          }
        };
    e.clients =
        new ClientAnnounces() {
          @Override
          public int answer(AnnounceCall call, RequestBuffers buf) {
            return noted("client");
          }
        };
    e.trackerPolls =
        new T2TAnswers() {
          @Override
          public int answer(AnnounceCall call, RequestBuffers buf) {
            return noted("t2t");
          }
        };
    e.intake =
        new IntakeAnnounces() {
          @Override
          public int answer(AnnounceCall call, RequestBuffers buf) {
            return noted("aggregator");
          }
        };
    e.chooseRole();
    return e;
  }

  private int noted(String role) {
    answeredBy.add(role);
    return 200;
  }

  private static int announce(AnnounceEntrance e, String query, RequestBuffers buf) {
    return e.announce(query, LOOPBACK, null, "test", 80, buf);
  }

  private static String body(RequestBuffers buf) {
    return new String(buf.writer.buffer(), 0, buf.writer.size(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void aMemberAnswersClientsAndTrackerPollsEachWithItsRole() {
    AnnounceEntrance member = entrance(Map.of());
    announce(member, clientQuery, RequestBuffers.acquire());
    announce(member, clientQuery + "&tracker=1", RequestBuffers.acquire());
    assertThat(answeredBy).containsExactly("client", "t2t");
  }

  @Test
  void anAggregatorRecordsEveryAnnounceTrackerPollsToo() {
    AnnounceEntrance aggregator = entrance(Map.of("tracker.aggregator", "1"));
    announce(aggregator, clientQuery, RequestBuffers.acquire());
    announce(aggregator, clientQuery + "&tracker=1", RequestBuffers.acquire());
    assertThat(answeredBy).containsExactly("aggregator", "aggregator");
  }

  @Test
  void aBannedAddressIsRefusedBeforeItsQueryIsRead() {
    ipAllowed = false;
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(announce(entrance(Map.of()), "garbage", buf)).isEqualTo(400);
    assertThat(body(buf)).contains("failure reason").contains("your IP is not allowed");
    assertThat(answeredBy).isEmpty();
  }

  @Test
  void garbageIsAPlainText400() {
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(announce(entrance(Map.of()), "info_hash=short&port=1", buf)).isEqualTo(400);
    assertThat(body(buf)).startsWith("you sent me garbage - ");
    assertThat(answeredBy).isEmpty();
  }

  @Test
  void aTorrentRefusedHereIsABencodedFailureForEveryRole() {
    torrentRefusal = AllowedTorrents.NOT_AUTHORIZED;
    for (Map<String, String> mode :
        List.of(Map.<String, String>of(), Map.of("tracker.aggregator", "1"))) {
      RequestBuffers buf = RequestBuffers.acquire();
      assertThat(announce(entrance(mode), clientQuery, buf)).isEqualTo(200);
      assertThat(body(buf))
          .isEqualTo(
              "d14:failure reason"
                  + AllowedTorrents.NOT_AUTHORIZED.length()
                  + ":"
                  + AllowedTorrents.NOT_AUTHORIZED
                  + "e");
    }
    assertThat(answeredBy).isEmpty();
  }
}
