package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void noArgumentsPrintsUsageAndExitsTwo() {
    ToolRun run = ToolRun.of();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("multitracker-tools reannounce", "multitracker-tools makemetafile");
  }

  @Test
  void helpGoesToStdoutAndSucceeds() {
    ToolRun run = ToolRun.of("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("usage:\n");
  }

  @Test
  void unknownCommandExitsTwo() {
    ToolRun run = ToolRun.of("frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("multitracker-tools: unknown command frobnicate\n");
  }
}
