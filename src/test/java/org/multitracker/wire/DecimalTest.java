package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "-0,0", "007,7", "65535,65535", "9223372036854775807,9223372036854775807"})
  void parsesNonNegativeDecimals(String text, long expected) {
    assertThat(Decimal.parseNonNegative(ascii(text), false)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "-1",
        "+1",
        " 1",
        "1 ",
        "1a",
        "0x10",
        "1.0",
        "--1",
        "1-",
        "9223372036854775808"
      })
  void rejectsEverythingElse(String text) {
    assertThat(Decimal.parseNonNegative(ascii(text), false)).isEqualTo(Decimal.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "99999999999999999999999999"})
  void saturatesOverflowWhenAsked(String text) {
    assertThat(Decimal.parseNonNegative(ascii(text), true)).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999999x", "-99999999999999999999999"})
  void stillRejectsGarbageWhenSaturating(String text) {
    assertThat(Decimal.parseNonNegative(ascii(text), true)).isEqualTo(Decimal.INVALID);
  }

  @Test
  void rejectsNull() {
    assertThat(Decimal.parseNonNegative(null, true)).isEqualTo(Decimal.INVALID);
  }
}
