package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void redrawsOnlyWhenThePercentageChanges() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), 200);

    line.advance(1);
    line.advance(0);
    line.advance(99);
    line.advance(100);
    line.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("\rhashing: 0%\rhashing: 50%\rhashing: 100%\n");
  }

  @Test
  void onlyLargeInputsOnATerminalGetALine() {
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    long large = Progress.THRESHOLD + 1;

    assertThat(Progress.onStderr(err, true).create(large)).isInstanceOf(ProgressLine.class);
    assertThat(Progress.onStderr(err, false).create(large)).isSameAs(Progress.NONE);
    assertThat(Progress.onStderr(err, true).create(Progress.THRESHOLD)).isSameAs(Progress.NONE);
  }
}
