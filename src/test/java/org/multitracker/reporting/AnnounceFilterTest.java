package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.multitracker.network.IpPrefix;

class AnnounceFilterTest {

  @Test
  void emptyParametersDoNotFilter() {
    assertThat(AnnounceFilter.parse("", "", "", "", "", "")).isEqualTo(AnnounceFilter.none());
    assertThat(AnnounceFilter.parse(null, null, null, null, null, null))
        .isEqualTo(AnnounceFilter.none());
  }

  @Test
  void parsesEveryField() {
    AnnounceFilter f =
        AnnounceFilter.parse(
            "A".repeat(40),
            "b".repeat(40),
            "2001:db8::%2F32",
            "2026-11-27T10:00:00Z",
            "2026-11-27T11:00:00Z",
            "Completed");
    assertThat(f.infoHash()).isEqualTo("a".repeat(40));
    assertThat(f.peerId()).isEqualTo("b".repeat(40));
    assertThat(f.ip()).isEqualTo(IpPrefix.parse("2001:db8::/32"));
    assertThat(f.from()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    assertThat(f.to()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
    assertThat(f.event()).isEqualTo("completed");
  }

  @Test
  void eventIsOneOfTheFour() {
    assertThat(AnnounceFilter.parse(null, null, null, null, null, "none").event())
        .isEqualTo("none");
    assertThatThrownBy(() -> AnnounceFilter.parse(null, null, null, null, null, "paused"))
        .isInstanceOf(BadParameterException.class)
        .hasMessage("event must be started, completed, stopped or none");
  }

  @Test
  void refusesABadSubnetAndAReversedWindow() {
    assertThatThrownBy(() -> AnnounceFilter.parse(null, null, "10.0.0.0/33", null, null, null))
        .isInstanceOf(BadParameterException.class)
        .hasMessageStartingWith("ip: ");
    assertThatThrownBy(
            () ->
                AnnounceFilter.parse(
                    null, null, null, "2026-11-27T11:00:00Z", "2026-11-27T10:00:00Z", null))
        .hasMessage("from is after to");
  }

  @Test
  void pagingBounds() {
    assertThat(Paging.parse(null, null)).isEqualTo(new Paging(0, 100));
    assertThat(Paging.parse("3", "1000").offset()).isEqualTo(3000);
    assertThatThrownBy(() -> Paging.parse("0", "100000")).isInstanceOf(BadParameterException.class);
    assertThatThrownBy(() -> Paging.parse("-1", "10")).isInstanceOf(BadParameterException.class);
    assertThatThrownBy(() -> Paging.parse("100001", "10"))
        .isInstanceOf(BadParameterException.class);
  }
}
