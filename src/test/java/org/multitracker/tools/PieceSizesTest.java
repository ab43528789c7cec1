package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PieceSizesTest {

  private static final long MIB = 1024L * 1024;

  @Test
  void automaticSizeGrowsOneStepPerFourfoldInput() {
    assertThat(PieceSizes.automaticPow2(0)).isEqualTo(18);
    assertThat(PieceSizes.automaticPow2(512 * MIB)).isEqualTo(18);
    assertThat(PieceSizes.automaticPow2(512 * MIB + 1)).isEqualTo(19);
    assertThat(PieceSizes.automaticPow2(2048 * MIB + 1)).isEqualTo(20);
    assertThat(PieceSizes.automaticPow2(8192 * MIB + 1)).isEqualTo(21);
    assertThat(PieceSizes.automaticPow2(32768 * MIB + 1)).isEqualTo(22);
    assertThat(PieceSizes.automaticPow2(Long.MAX_VALUE)).isEqualTo(22);
  }

  @Test
  void acceptsFifteenToTwentyFour() {
    assertThat(PieceSizes.parsePow2("15")).isEqualTo(15);
    assertThat(PieceSizes.parsePow2("24")).isEqualTo(24);
    assertThatThrownBy(() -> PieceSizes.parsePow2("25")).isInstanceOf(UsageException.class);
  }
}
