package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedUrlTest {
  @Test
  void acceptsGoodEscapesAndNoQuery() {
    assertThat(WellFormedUrl.wellFormed(null)).isTrue();
    assertThat(WellFormedUrl.wellFormed("/api/announces")).isTrue();
    assertThat(WellFormedUrl.wellFormed("peer_id=-TR2940-%01%fF%00abcdefghij")).isTrue();
  }

  @Test
  void refusesBrokenEscapes() {
    for (String bad : new String[] {"/api/%ZZ", "ip=%", "ip=%4", "x=%g0", "/api/%%41"}) {
      assertThat(WellFormedUrl.wellFormed(bad)).as(bad).isFalse();
    }
  }
}
