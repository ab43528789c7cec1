package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnounceListSyntaxTest {

  @Test
  void splitsTiersOnBarAndUrlsOnComma() {
    assertThat(AnnounceListSyntax.parse("a,b|c"))
        .isEqualTo(List.of(List.of("a", "b"), List.of("c")));
  }

  @Test
  void singleUrlIsOneTier() {
    assertThat(AnnounceListSyntax.parse("http://t/announce"))
        .isEqualTo(List.of(List.of("http://t/announce")));
  }

  @Test
  void emptySpecMeansNoList() {
    assertThat(AnnounceListSyntax.parse("")).isEmpty();
  }

  @Test
  void spacesAroundUrlsAreDropped() {
    assertThat(AnnounceListSyntax.parse("a, b | c"))
        .isEqualTo(List.of(List.of("a", "b"), List.of("c")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a|", "|a", "a||b", "|", " "})
  void emptyTierIsRefused(String spec) {
    assertThatThrownBy(() -> AnnounceListSyntax.parse(spec))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {",,", "a,", ",a", "a,,b", "a|b, "})
  void emptyUrlIsRefused(String spec) {
    assertThatThrownBy(() -> AnnounceListSyntax.parse(spec))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("has an empty URL");
  }

  @Test
  void messageNamesTheTier() {
    assertThatThrownBy(() -> AnnounceListSyntax.parse("a|b|"))
        .hasMessage("announce list: tier 3 is empty in \"a|b|\"");
  }
}
