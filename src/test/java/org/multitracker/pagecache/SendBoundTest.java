package org.multitracker.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bound on large sends at once; a send under way is a call still running (nested here). */
class SendBoundTest {
  private static final int LARGE = 1000;
  private final SendBound bound = new SendBound(2, LARGE);
  private final AtomicInteger sent = new AtomicInteger();

  private int send(int size) throws IOException {
    return bound.send(
        size,
        () -> {
          sent.incrementAndGet();
          return size;
        });
  }

  @Test
  void refusesALargeSendBeyondTheBoundAndCountsIt() throws IOException {
    int third = bound.send(LARGE, () -> bound.send(LARGE, () -> send(LARGE)));
    assertThat(third).isEqualTo(SendBound.REFUSED);
    assertThat(sent).hasValue(0);
    assertThat(bound.refused()).isEqualTo(1);
  }

  @Test
  void neverBoundsSmallAnswers() throws IOException {
    int small = bound.send(LARGE, () -> bound.send(LARGE, () -> send(LARGE - 1)));
    assertThat(small).isEqualTo(LARGE - 1);
    assertThat(bound.refused()).isZero();
  }

  @Test
  void givesTheSlotBackWhenTheSendEnds() throws IOException {
    for (int i = 0; i < 5; i++) {
      assertThat(bound.send(LARGE, () -> send(LARGE))).isEqualTo(LARGE);
    }
    assertThat(sent).hasValue(5);
    assertThat(bound.refused()).isZero();
  }

  @Test
  void givesTheSlotBackWhenTheClientLeaves() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(
              () ->
                  bound.send(
                      LARGE,
                      () -> {
                        throw new IOException("broken pipe");
                      }))
          .isInstanceOf(IOException.class);
    }
    assertThat(bound.send(LARGE, () -> bound.send(LARGE, () -> LARGE))).isEqualTo(LARGE);
  }

  @Test
  void boundsAtLeastTwoSendsAtOnce() throws IOException {
    SendBound perCore = SendBound.perCore();
    int second =
        perCore.send(SendBound.LARGE_BYTES, () -> perCore.send(SendBound.LARGE_BYTES, () -> 7));
    assertThat(second).isEqualTo(7);
  }
}
