package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void printableTextIsReturnedAsIs() {
    String text = "Caf\u00e9 \u2713 album (2024)";

    assertThat(TerminalText.escape(text)).isSameAs(text);
  }

  @Test
  void escapesC0C1DelAndBidiControls() {
    assertThat(TerminalText.escape("a\tb\u007fc\u009bd\u202ee\u2066f"))
        .isEqualTo("a\\x09b\\x7fc\\u009bd\\u202ee\\u2066f");
  }

  @Test
  void escapesBackslashSoEscapesAreUnambiguous() {
    assertThat(TerminalText.escape("\\x1b")).isEqualTo("\\\\x1b");
  }
}
