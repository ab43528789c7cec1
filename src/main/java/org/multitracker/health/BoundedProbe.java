package org.multitracker.health;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a probe that may hang (a connect to a host that drops packets) on another thread and waits
 * for it at most {@code timeout}. While a probe is still running, callers wait on that one instead
 * of starting another, so a dead database ties up one thread however often the health endpoint is
 * polled.
 */
final class BoundedProbe {
  private static final int MAX_REASON = 200;

  private final Executor executor;
  private final Duration timeout;
  private CompletableFuture<Optional<String>> running;

  BoundedProbe(Executor executor, Duration timeout) {
    this.executor = executor;
    this.timeout = timeout;
  }

  /** Empty when the probe passed; else why not, "no answer within ..." included. */
  Optional<String> run(Callable<Optional<String>> probe) {
    try {
      return start(probe).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Optional.of("no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException | RejectedExecutionException e) {
      return Optional.of(describe(e.getCause() != null ? e.getCause() : e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  private synchronized CompletableFuture<Optional<String>> start(Callable<Optional<String>> probe) {
    if (running == null || running.isDone()) {
      running = CompletableFuture.supplyAsync(() -> call(probe), executor);
    }
    return running;
  }

  private static Optional<String> call(Callable<Optional<String>> probe) {
    try {
      return probe.call();
    } catch (Exception e) {
      return Optional.of(describe(e));
    }
  }

  /** The innermost cause says what is wrong ("Connection refused"), not the pool's wrapper. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    String text = root.getClass().getSimpleName() + message;
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
  }
}
