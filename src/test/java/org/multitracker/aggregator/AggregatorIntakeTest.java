package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multitracker.config.TrackerConfig;
import org.multitracker.network.IpAddresses;
import org.multitracker.wire.AnnounceRequest;
import org.multitracker.wire.RawQuery;

class AggregatorIntakeTest {
  private static final byte[] MEMBER = IpAddresses.parseLiteral("192.0.2.50");
  private static final String ANNOUNCE =
      "info_hash=%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14"
          + "&peer_id=-XX0001-abcdefghijkl&port=6881&uploaded=0&downloaded=0&left=1";

  private static AggregatorIntake intake(String aggregator) {
    AggregatorIntake intake = new AggregatorIntake();
    intake.config =
        TrackerConfig.from(
            key -> Optional.ofNullable(Map.of("tracker.aggregator", aggregator).get(key)));
    intake.buffer = new AnnounceBuffer();
    return intake;
  }

  private static String ip(AggregatorIntake intake, String query) {
    return IpAddresses.format(intake.clientIp(RawQuery.parse(query), MEMBER));
  }

  @Test
  void refusesAMemberParameterThatComesTwiceHoweverItIsSpelt() {
    AggregatorIntake intake = intake("pw");
    assertThat(intake.refusal(RawQuery.parse("mt_ip=1.1.1.1&mt_ip=6.6.6.6")))
        .isEqualTo("repeated parameter mt_ip");
    assertThat(intake.refusal(RawQuery.parse("mt%5Fua=evil&left=1&mt_ua=real")))
        .isEqualTo("repeated parameter mt_ua");
    assertThat(intake.refusal(RawQuery.parse("mt_tracker=&mt%5ftracker=")))
        .isEqualTo("repeated parameter mt_tracker");
    assertThat(intake.refusal(RawQuery.parse("mt_other=1&mt_other=2"))).isNotNull();
  }

  @Test
  void acceptsEachMemberParameterOnceAndRepeatsOfOthers() {
    AggregatorIntake intake = intake("pw");
    assertThat(intake.refusal(RawQuery.parse(ANNOUNCE + "&mt_ip=1.1.1.1&mt_tracker=m:1&mt_ua=u")))
        .isNull();
    assertThat(intake.refusal(RawQuery.parse("ip=1.1.1.1&ip=2.2.2.2&key=&key=&MT_IP=1&mt_ip=2")))
        .isNull();
    assertThat(intake.refusal(RawQuery.parse(""))).isNull();
  }

  @Test
  void believesOurMembersMtIp() {
    AggregatorIntake intake = intake("pw");
    assertThat(ip(intake, "mt_ip=203.0.113.7&ip=198.51.100.1")).isEqualTo("203.0.113.7");
    assertThat(ip(intake, "mt_ip=2001:db8::7")).isEqualTo("2001:db8::7");
    // Our member judged ip= already; a broken mt_ip falls back to the member, not to ip=.
    assertThat(ip(intake, "mt_ip=not-an-address&ip=198.51.100.1")).isEqualTo("192.0.2.50");
  }

  @Test
  void takesABitTornadoMembersGivenIpWhenThereIsNoMtIp() {
    AggregatorIntake intake = intake("pw");
    assertThat(ip(intake, "ip=198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(ip(intake, "ip=%20198.51.100.2%20")).isEqualTo("198.51.100.2");
    assertThat(ip(intake, "ip=2001:db8::2")).isEqualTo("2001:db8::2");
    assertThat(ip(intake, "ip=host.example")).isEqualTo("192.0.2.50");
    assertThat(ip(intake, "ip=")).isEqualTo("192.0.2.50");
    assertThat(ip(intake, "left=1")).isEqualTo("192.0.2.50");
  }

  @Test
  void believesNothingWithoutAPassword() {
    AggregatorIntake intake = intake("1");
    assertThat(ip(intake, "mt_ip=203.0.113.7")).isEqualTo("192.0.2.50");
    assertThat(ip(intake, "ip=198.51.100.1")).isEqualTo("192.0.2.50");
  }

  @Test
  void recordsABitTornadoMemberByItsAddressAndItsUserAgent() {
    AggregatorIntake intake = intake("pw");
    RawQuery q = RawQuery.parse(ANNOUNCE + "&ip=198.51.100.1&password=pw");
    intake.record(
        q, AnnounceRequest.from(q), intake.clientIp(q, MEMBER), MEMBER, "BitTornado/T-0.3.18");
    RawQuery ours = RawQuery.parse(ANNOUNCE + "&mt_ip=203.0.113.7&mt_tracker=m%3A81&mt_ua=aria2");
    intake.record(
        ours,
        AnnounceRequest.from(ours),
        intake.clientIp(ours, MEMBER),
        MEMBER,
        "Java-http-client");
    List<AnnounceRecord> out = new ArrayList<>();
    intake.buffer.drainTo(out, 10);
    assertThat(out).extracting(AnnounceRecord::ip).containsExactly("198.51.100.1", "203.0.113.7");
    assertThat(out).extracting(AnnounceRecord::tracker).containsExactly("192.0.2.50", "m:81");
    assertThat(out)
        .extracting(AnnounceRecord::userAgent)
        .containsExactly("BitTornado/T-0.3.18", "aria2");
  }

  @Test
  void checksThePasswordWhenThereIsOne() {
    RawQuery none = RawQuery.parse(ANNOUNCE);
    RawQuery wrong = RawQuery.parse(ANNOUNCE + "&password=pX");
    RawQuery right = RawQuery.parse(ANNOUNCE + "&password=pw");
    AggregatorIntake withPassword = intake("pw");
    assertThat(withPassword.authorized(AnnounceRequest.from(none))).isFalse();
    assertThat(withPassword.authorized(AnnounceRequest.from(wrong))).isFalse();
    assertThat(withPassword.authorized(AnnounceRequest.from(right))).isTrue();
    assertThat(intake("1").authorized(AnnounceRequest.from(none))).isTrue();
  }

  @Test
  void believesNoMemberParameterWithoutAPasswordWhenRecording() {
    AggregatorIntake intake = intake("1");
    RawQuery q = RawQuery.parse(ANNOUNCE + "&mt_ip=203.0.113.7&mt_tracker=evil%3A1&mt_ua=evil");
    intake.record(q, AnnounceRequest.from(q), intake.clientIp(q, MEMBER), MEMBER, "RealClient/1");
    List<AnnounceRecord> out = new ArrayList<>();
    intake.buffer.drainTo(out, 10);
    assertThat(out)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ip()).isEqualTo("192.0.2.50");
              assertThat(r.tracker()).isEqualTo("192.0.2.50");
              assertThat(r.userAgent()).isEqualTo("RealClient/1");
            });
  }

  @Test
  void keepsClientTextPrintableAndShort() {
    assertThat(AggregatorIntake.text("a\u0000b\nc\u007f")).isEqualTo("a?b?c?");
    assertThat(AggregatorIntake.text("x".repeat(1000))).hasSize(255);
    assertThat(AggregatorIntake.text(null)).isNull();
    assertThat(ip(intake("pw"), "mt_ip=" + "1".repeat(100))).isEqualTo("192.0.2.50");
  }
}
