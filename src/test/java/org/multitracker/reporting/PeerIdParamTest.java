package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerIdParamTest {

  @Test
  void acceptsFortyHexDigits() {
    String hex = "2D5452323934302D016162636465666768696A32";
    assertThat(PeerIdParam.parse(hex)).isEqualTo(hex.toLowerCase());
  }

  @Test
  void acceptsTheIdAsTheClientEncodedIt() {
    byte[] id = "-TR2940-\u0001abcdefghij2".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(PeerIdParam.parse("-TR2940-%01abcdefghij2")).isEqualTo(HexFormat.of().formatHex(id));
    assertThat(PeerIdParam.parse("%ff%FE%00%01abcdefghijklmnop")).startsWith("fffe0001");
  }

  @Test
  void absentIsNoFilter() {
    assertThat(PeerIdParam.parse(null)).isNull();
    assertThat(PeerIdParam.parse("")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "-TR2940-%01abcdefghij",
        "-TR2940-%01abcdefghij23",
        "-TR2940-%zzabcdefghij2",
        "-TR2940-%0",
        "-TR2940- abcdefghijk",
        "%C3%A9"
      })
  void refusesWhatIsNotTwentyBytes(String value) {
    assertThatThrownBy(() -> PeerIdParam.parse(value))
        .isInstanceOf(BadParameterException.class)
        .hasMessageStartingWith("peer_id");
  }

  @Test
  void refusesLongValuesBeforeDecoding() {
    assertThatThrownBy(() -> PeerIdParam.parse("%00".repeat(100)))
        .hasMessage("peer_id must be 40 hex digits or 20 percent-encoded bytes");
  }
}
