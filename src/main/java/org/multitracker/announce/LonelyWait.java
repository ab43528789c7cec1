package org.multitracker.announce;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds a lonely client's answer, without a thread, until the immediate T2T polls are in or {@link
 * #MAX_WAIT_MILLIS} passed (the container's async timeout: a hanging poll cannot stretch it).
 * Whichever comes first dispatches the request back to the servlet, exactly once.
 */
final class LonelyWait implements AsyncListener {
  static final long MAX_WAIT_MILLIS = 2000;

  /** Answers waiting at once; beyond this a lonely client is answered at once. */
  static final int MAX_WAITING = 1024;

  static final String ATTRIBUTE = LonelyAnnounce.class.getName();
  private static final AtomicInteger WAITING = new AtomicInteger();

  private final AsyncContext context;
  private final AtomicBoolean over = new AtomicBoolean();

  private LonelyWait(AsyncContext context) {
    this.context = context;
  }

  /** Takes a waiting slot; false when {@link #MAX_WAITING} answers wait already. */
  static boolean admit() {
    if (WAITING.incrementAndGet() > MAX_WAITING) {
      WAITING.decrementAndGet();
      return false;
    }
    return true;
  }

  /** Gives a slot back (the container refused the wait). */
  static void release() {
    WAITING.decrementAndGet();
  }

  static int waiting() {
    return WAITING.get();
  }

  /**
   * Puts the request in asynchronous mode until the polls end. False (and the slot given back) when
   * the container refuses; the caller then answers at once.
   */
  static boolean start(HttpServletRequest req, LonelyAnnounce pending) {
    AsyncContext context;
    try {
      context = req.startAsync();
    } catch (IllegalStateException | UnsupportedOperationException e) {
      release();
      return false;
    }
    req.setAttribute(ATTRIBUTE, pending);
    watch(context, pending.polls());
    return true;
  }

  static LonelyWait watch(AsyncContext context, CompletionStage<?> polls) {
    LonelyWait wait = new LonelyWait(context);
    context.setTimeout(MAX_WAIT_MILLIS);
    context.addListener(wait);
    polls.whenComplete((v, e) -> wait.end(true));
    return wait;
  }

  /** Ends the wait once: back to the servlet to answer, or just closed when the client left. */
  private void end(boolean answer) {
    if (over.compareAndSet(false, true)) {
      release();
      try {
        if (answer) {
          context.dispatch();
        } else {
          context.complete();
        }
      } catch (IllegalStateException requestAlreadyOver) {
        // the client went away while the poll was finishing: nothing left to answer
      }
    }
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    end(true);
  }

  @Override
  public void onError(AsyncEvent event) {
    end(false);
  }

  @Override
  public void onComplete(AsyncEvent event) {
    if (over.compareAndSet(false, true)) {
      release(); // closed by the container before we ended it
    }
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted: one wait per request
  }
}
