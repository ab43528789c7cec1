package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawQueryTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void nullAndEmptyQueriesHaveNoParameters() {
    assertThat(RawQuery.parse(null).size()).isZero();
    assertThat(RawQuery.parse("").size()).isZero();
    assertThat(RawQuery.parse("").first("info_hash")).isNull();
    assertThat(RawQuery.parse("").all("info_hash")).isEmpty();
  }

  @Test
  void plusDecodesToSpaceButEscapedPlusStaysPlus() {
    RawQuery q = RawQuery.parse("a=x+y&b=x%2By&c=x%20y");

    assertThat(q.first("a")).isEqualTo(ascii("x y"));
    assertThat(q.first("b")).isEqualTo(ascii("x+y"));
    assertThat(q.first("c")).isEqualTo(ascii("x y"));
  }

  @Test
  void acceptsUpperAndLowerCaseHex() {
    RawQuery q = RawQuery.parse("a=%ff%FF%aB%0a");

    assertThat(q.first("a")).containsExactly(0xff, 0xff, 0xab, 0x0a);
  }

  @Test
  void decodesEscapedKeys() {
    RawQuery q = RawQuery.parse("info%5Fhash=x&a+b=y");

    assertThat(q.firstString("info_hash")).isEqualTo("x");
    assertThat(q.firstString("a b")).isEqualTo("y");
  }

  @Test
  void takesUnescapedLatin1CharactersAsTheirByte() {
    RawQuery q = RawQuery.parse("a=\u00e9");

    assertThat(q.first("a")).containsExactly(0xe9);
  }

  @Test
  void rejectsCharactersBeyondLatin1() {
    assertThatThrownBy(() -> RawQuery.parse("a=\u20ac"))
        .isInstanceOf(GarbageRequestException.class);
    assertThatThrownBy(() -> RawQuery.parse("\u20ac=a"))
        .isInstanceOf(GarbageRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a=%", "a=%4", "a=%zz", "a=%4g", "a=x%", "%=a", "a=%%41", "a=%\u0661\u0661"})
  void rejectsBadEscapes(String query) {
    assertThatThrownBy(() -> RawQuery.parse(query))
        .isInstanceOf(GarbageRequestException.class)
        .hasMessage("bad escape in query");
  }

  @Test
  void keepsRepeatedKeysInOrder() {
    RawQuery q = RawQuery.parse("k=1&x=0&k=2&k=3");

    assertThat(q.first("k")).isEqualTo(ascii("1"));
    assertThat(q.all("k")).containsExactly(ascii("1"), ascii("2"), ascii("3"));
    assertThat(q.size()).isEqualTo(4);
  }

  @Test
  void splitsOnlyOnTheFirstEquals() {
    RawQuery q = RawQuery.parse("a=b=c");

    assertThat(q.firstString("a")).isEqualTo("b=c");
  }

  @Test
  void treatsABareKeyAsAnEmptyValue() {
    RawQuery q = RawQuery.parse("compact&tracker=&x=1");

    assertThat(q.has("compact")).isTrue();
    assertThat(q.first("compact")).isEmpty();
    assertThat(q.first("tracker")).isEmpty();
    assertThat(q.has("missing")).isFalse();
    assertThat(q.firstString("missing")).isNull();
  }

  @Test
  void skipsEmptySegments() {
    RawQuery q = RawQuery.parse("&&a=1&&b=2&");

    assertThat(q.size()).isEqualTo(2);
    assertThat(q.firstString("b")).isEqualTo("2");
  }

  @Test
  void acceptsAnEmptyKey() {
    RawQuery q = RawQuery.parse("=v");

    assertThat(q.firstString("")).isEqualTo("v");
  }

  @Test
  void parsesALongQueryBecauseTheLengthCapIsTheCallers() {
    String query = "pad=" + "x".repeat(10_000) + "&a=1";

    RawQuery q = RawQuery.parse(query);

    assertThat(q.first("pad")).hasSize(10_000);
    assertThat(q.firstString("a")).isEqualTo("1");
  }

  @Test
  void acceptsTwoHundredParameters() {
    assertThat(RawQuery.parse(parameters(200)).size()).isEqualTo(200);
  }

  @Test
  void rejectsTwoHundredAndOneParameters() {
    assertThatThrownBy(() -> RawQuery.parse(parameters(201)))
        .isInstanceOf(GarbageRequestException.class)
        .hasMessage("too many parameters");
  }

  @Test
  void honoursACustomParameterCap() {
    assertThat(RawQuery.parse(parameters(1000), 1000).size()).isEqualTo(1000);
    assertThatThrownBy(() -> RawQuery.parse(parameters(3), 2))
        .isInstanceOf(GarbageRequestException.class);
  }

  @Test
  void returnsAnUnmodifiableListOfAllValues() {
    RawQuery q = RawQuery.parse("k=1");

    assertThatThrownBy(() -> q.all("k").add(new byte[0]))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static String parameters(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : "&").append("p").append(i).append("=v");
    }
    return sb.toString();
  }
}
