package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {
  static final String HASH = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void infoHashIsHexInAnyCaseAnsweredLowercase() {
    assertThat(Params.hex40("info_hash", HASH.toUpperCase())).isEqualTo(HASH);
    assertThat(Params.hex40("info_hash", null)).isNull();
    assertThat(Params.hex40("info_hash", "")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0123",
        "g123456789abcdef0123456789abcdef01234567",
        "0123456789abcdef0123456789abcdef012345678",
        "%zz"
      })
  void refusesBadInfoHashes(String value) {
    assertThatThrownBy(() -> Params.hex40("info_hash", value))
        .isInstanceOf(BadParameterException.class)
        .hasMessageStartingWith("info_hash");
  }

  @Test
  void requiredHashMustBeThere() {
    assertThatThrownBy(() -> Params.requiredHex40("info_hash", ""))
        .hasMessage("info_hash is required");
  }

  @Test
  void instantsAreIso8601WithZOrAnOffset() {
    assertThat(Params.instant("from", "2026-11-27T10:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    assertThat(Params.instant("from", "2026-11-27T11:00:00%2B01:00"))
        .isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    assertThat(Params.instant("from", "")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2026-11-27",
        "2026-11-27T25:00:00Z",
        "1795768920",
        "2026-11-27T10:00:00"
      })
  void refusesOtherTimes(String value) {
    assertThatThrownBy(() -> Params.instant("to", value))
        .isInstanceOf(BadParameterException.class)
        .hasMessageStartingWith("to must be an ISO-8601 instant");
  }

  @Test
  void refusesInstantsNoDatabaseStores() {
    assertThatThrownBy(() -> Params.instant("from", "%2B999999999-12-31T23:59:59Z"))
        .hasMessage("from must lie in the years 1 to 9999");
    assertThatThrownBy(() -> Params.instant("from", "-0001-12-31T23:59:59Z"))
        .hasMessage("from must lie in the years 1 to 9999");
  }

  @Test
  void integersWithinBoundsOrTheDefault() {
    assertThat(Params.integer("size", null, 100, 1, 1000)).isEqualTo(100);
    assertThat(Params.integer("size", "1000", 100, 1, 1000)).isEqualTo(1000);
    assertThat(Params.integer("size", "1", 100, 1, 1000)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "1001",
        "100000",
        "-5",
        "1e3",
        "ten",
        "99999999999999999999999",
        " 5",
        "5.0",
        "0x10"
      })
  void refusesIntegersOutOfBoundsOrMalformed(String value) {
    assertThatThrownBy(() -> Params.integer("size", value, 100, 1, 1000))
        .isInstanceOf(BadParameterException.class)
        .hasMessage("size must be an integer from 1 to 1000");
  }

  @Test
  void decodesPercentEscapesAsUtf8Strictly() {
    assertThat(Params.decode("x", "a%20b+c")).isEqualTo("a b c");
    assertThat(Params.decode("x", "%C3%A9")).isEqualTo("é");
    assertThatThrownBy(() -> Params.decode("x", "%C3")).hasMessage("x is not UTF-8");
    assertThatThrownBy(() -> Params.decode("x", "%4")).hasMessage("x has a bad percent escape");
    assertThatThrownBy(() -> Params.decode("x", "%41".repeat(40))).hasMessage("x is too long");
  }
}
