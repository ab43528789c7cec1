package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnoopAnswerTest {
  private static SnoopAnswer parse(String latin1) {
    return SnoopAnswer.parse(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void readsCompactPeersAndPeers6() {
    SnoopAnswer a =
        parse(
            "d8:intervali300e5:peers6:\u0001\u0002\u0003\u0004\u001a\u00e16:peers618:"
                + "\u0000".repeat(15)
                + "\u0001\u0000\u0050e");
    assertThat(a.failure()).isNull();
    assertThat(a.interval()).isEqualTo(300);
    assertThat(a.peers()).hasSize(2);
    assertThat(a.peers().get(0).port()).isEqualTo(6881);
    assertThat(a.peers().get(1).ip()).hasSize(16);
    assertThat(a.peers().get(1).port()).isEqualTo(80);
  }

  @Test
  void readsDictionaryPeersAndBitTornadosListOfCompactStrings() {
    SnoopAnswer dicts =
        parse(
            "d8:intervali60e5:peersld2:ip8:10.0.0.14:porti51413eed2:ip11:example.com4:porti1eeee");
    assertThat(dicts.peers()).hasSize(1); // host names are never resolved
    SnoopAnswer strings = parse("d8:intervali60e5:peersl6:\u0001\u0002\u0003\u0004\u0000\u0050ee");
    assertThat(strings.peers()).singleElement().satisfies(p -> assertThat(p.port()).isEqualTo(80));
  }

  @Test
  void reportsFailureReasons() {
    assertThat(parse("d14:failure reason10:disallowede").failure()).isEqualTo("disallowed");
    assertThat(parse("d14:failure reason3:a\u0001be").failure()).isEqualTo("a?b");
  }

  @Test
  void rejectsGarbage() {
    for (String bad :
        new String[] {
          "",
          "<html>",
          "le",
          "d5:peers5:12345e",
          "d5:peersi3ee",
          "d8:intervali-1ee",
          "d8:intervali999999999ee",
          "d5:peersli1eee",
          "d6:peers67:1234567e"
        }) {
      assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(BadAnswerException.class);
    }
  }

  @Test
  void keepsAtMostAThousandPeers() {
    String compact = "\u0001\u0002\u0003\u0004\u0000\u0050".repeat(5000);
    assertThat(parse("d5:peers30000:" + compact + "e").peers()).hasSize(1000);
  }
}
