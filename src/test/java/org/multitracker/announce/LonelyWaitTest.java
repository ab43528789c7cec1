package org.multitracker.announce;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The wait of a lonely client's answer, against a fake AsyncContext that records its calls. */
class LonelyWaitTest {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final AsyncContext context =
      (AsyncContext)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {AsyncContext.class},
              (proxy, method, args) -> {
                calls.add(
                    method.getName()
                        + (args == null || args[0] instanceof LonelyWait ? "" : " " + args[0]));
                return null;
              });
  private final CompletableFuture<Void> polls = new CompletableFuture<>();

  private LonelyWait waiting() {
    assertThat(LonelyWait.admit()).isTrue();
    return LonelyWait.watch(context, polls);
  }

  @Test
  void givesTheContainerATwoSecondTimeout() {
    waiting();
    assertThat(calls).containsExactly("setTimeout 2000", "addListener");
  }

  @Test
  void answersWhenThePollsAreIn() {
    int before = LonelyWait.waiting();
    LonelyWait wait = waiting();
    assertThat(LonelyWait.waiting()).isEqualTo(before + 1);
    polls.complete(null);
    wait.onTimeout(null);
    wait.onComplete(null);
    assertThat(calls).containsExactly("setTimeout 2000", "addListener", "dispatch");
    assertThat(LonelyWait.waiting()).isEqualTo(before);
  }

  @Test
  void answersAtTheTimeoutWhenAPollHangs() {
    int before = LonelyWait.waiting();
    LonelyWait wait = waiting();
    wait.onTimeout(null);
    polls.complete(null);
    assertThat(calls).containsExactly("setTimeout 2000", "addListener", "dispatch");
    assertThat(LonelyWait.waiting()).isEqualTo(before);
  }

  @Test
  void closesWithoutAnAnswerWhenTheClientIsGone() {
    LonelyWait wait = waiting();
    wait.onError(null);
    polls.complete(null);
    assertThat(calls).containsExactly("setTimeout 2000", "addListener", "complete");
  }

  @Test
  void boundsTheAnswersWaitingAtOnce() {
    int taken = 0;
    while (LonelyWait.admit()) {
      taken++;
    }
    assertThat(LonelyWait.waiting()).isEqualTo(LonelyWait.MAX_WAITING);
    for (int i = 0; i < taken; i++) {
      LonelyWait.release();
    }
  }
}
