package org.multitracker.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends a refused form login's answer late, holding no thread meanwhile. Each refusal is cheap, but
 * a guesser that asks again as soon as it is answered got 20,905 of them a second from two cores,
 * and that CPU was the announces'. Parked for up to {@link #MAX_DELAY_MILLIS} (never past the
 * address's own wait), each guessing connection gets about one answer a second. At most {@link
 * #MAX_PARKED} answers wait at once; beyond that the refusal goes at once, with {@code Connection:
 * close}, so a guesser with more connections than that pays a new one per guess.
 */
@ApplicationScoped
public class LoginTarpit {
  static final long MAX_DELAY_MILLIS = 1_500;
  static final int MAX_PARKED = 1_000;

  /** The container's own timeout, past the delay: the answer goes even if the delay is lost. */
  static final long TIMEOUT_MARGIN_MILLIS = 5_000;

  /** The request attribute by which {@link AdminAuthentication} hands a refusal to the form. */
  static final String REFUSAL = LoginTarpit.class.getName() + ".refusal";

  /** Runs a task after a delay (the container's scheduler; a fake in tests). */
  interface Delays {
    void after(long millis, Runnable task);
  }

  @Resource ManagedScheduledExecutorService scheduler;
  Delays delays;
  private final AtomicInteger parked = new AtomicInteger();
  private final LongAdder delayed = new LongAdder();
  private final LongAdder atOnce = new LongAdder();

  @PostConstruct
  void init() {
    delays = (millis, task) -> scheduler.schedule(task, millis, TimeUnit.MILLISECONDS);
  }

  /** How long a refusal is held: the address's wait, at most {@link #MAX_DELAY_MILLIS}. */
  static long delayMillis(LoginGate.Admission refusal) {
    return Math.min(refusal.waitMillis(), MAX_DELAY_MILLIS);
  }

  /** Answers the refusal after its delay, or at once when too many wait already. */
  void refuse(HttpServletRequest req, HttpServletResponse resp, LoginGate.Admission refusal)
      throws IOException {
    long delay = delayMillis(refusal);
    if (parked.incrementAndGet() > MAX_PARKED) {
      parked.decrementAndGet();
      atOnce.increment();
      resp.setHeader("Connection", "close");
      LoginRefusal.send(resp, refusal, 0);
      return;
    }
    AsyncContext context;
    try {
      context = req.startAsync();
    } catch (IllegalStateException | UnsupportedOperationException e) {
      parked.decrementAndGet();
      atOnce.increment();
      LoginRefusal.send(resp, refusal, 0);
      return;
    }
    delayed.increment();
    ParkedRefusal answer =
        new ParkedRefusal(context, resp, refusal, delay, parked::decrementAndGet);
    context.setTimeout(delay + TIMEOUT_MARGIN_MILLIS);
    context.addListener(answer);
    try {
      delays.after(delay, answer::send);
    } catch (RejectedExecutionException shuttingDown) {
      answer.send();
    }
  }

  /** Refusals waiting for their answer now. */
  public int parked() {
    return parked.get();
  }

  /** Refusals answered late, since the start. */
  public long delayed() {
    return delayed.sum();
  }

  /** Refusals answered at once (too many parked, or the container refused), since the start. */
  public long answeredAtOnce() {
    return atOnce.sum();
  }
}
