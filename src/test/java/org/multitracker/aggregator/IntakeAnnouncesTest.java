package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Swarms;
import org.multitracker.testing.TestPeer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.RequestBuffers;

/** The aggregator's announces: recorded, counted, answered with no peers; forgeries refused. */
class IntakeAnnouncesTest {
  private static final byte[] MEMBER = {10, 0, 0, 2};
  private final byte[] hash = TestPeer.randomHash();
  private final String clientQuery =
      new TestPeer(hash, "-AA-", 6001).announce(5, "started").toString();

  private IntakeAnnounces intake(String aggregatorOption) {
    IntakeAnnounces i = new IntakeAnnounces();
    i.intake = new AggregatorIntake();
    i.intake.config =
        TrackerConfig.from(
            key -> Optional.ofNullable(Map.of("tracker.aggregator", aggregatorOption).get(key)));
    i.intake.buffer = new AnnounceBuffer();
    i.swarms = new Swarms();
    return i;
  }

  private static int answer(IntakeAnnounces i, String query, RequestBuffers buf) {
    return i.answer(AnnounceCall.parse(query, MEMBER, null, "member-ua", 80), buf);
  }

  private static String body(RequestBuffers buf) {
    return new String(buf.writer.buffer(), 0, buf.writer.size(), StandardCharsets.ISO_8859_1);
  }

  private static List<AnnounceRecord> recorded(IntakeAnnounces i) {
    List<AnnounceRecord> out = new ArrayList<>();
    i.intake.buffer.drainTo(out, 100);
    return out;
  }

  @Test
  void anAnnounceIsRecordedCountedAndAnsweredWithoutPeers() {
    IntakeAnnounces i = intake("1");
    RequestBuffers buf = RequestBuffers.acquire();
    assertThat(answer(i, clientQuery, buf)).isEqualTo(200);
    assertThat(body(buf)).isEqualTo("d8:response2:OKe");
    assertThat(recorded(i)).hasSize(1);
    assertThat(i.swarms.stats(new InfoHash(hash)).orElseThrow().incomplete()).isEqualTo(1);
  }

  @Test
  void withoutThePasswordNothingIsRecorded() {
    IntakeAnnounces i = intake("secret");
    RequestBuffers buf = RequestBuffers.acquire();
    answer(i, clientQuery + "&password=wrong", buf);
    assertThat(body(buf)).contains(AllowedTorrents.NOT_AUTHORIZED);
    assertThat(recorded(i)).isEmpty();
    assertThat(i.swarms.stats(new InfoHash(hash))).isEmpty();
  }

  @Test
  void aRepeatedMemberParameterIsAForgeryAndRefused() {
    IntakeAnnounces i = intake("secret");
    RequestBuffers buf = RequestBuffers.acquire();
    answer(i, clientQuery + "&password=secret&mt_ip=1.2.3.4&mt_ip=5.6.7.8", buf);
    assertThat(body(buf)).contains("repeated parameter mt_ip");
    assertThat(recorded(i)).isEmpty();
  }

  @Test
  void aTrustedMembersClientAddressIsBelieved() {
    IntakeAnnounces i = intake("secret");
    RequestBuffers buf = RequestBuffers.acquire();
    answer(i, clientQuery + "&password=secret&mt_ip=192.0.2.7", buf);
    assertThat(recorded(i)).singleElement().extracting(AnnounceRecord::ip).isEqualTo("192.0.2.7");
  }
}
