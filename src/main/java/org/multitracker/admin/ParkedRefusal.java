package org.multitracker.admin;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One refused login waiting in the {@link LoginTarpit}: answered exactly once, by the scheduler or
 * else by the container's timeout; its place is given back however it ends.
 */
final class ParkedRefusal implements AsyncListener {
  private final AsyncContext context;
  private final HttpServletResponse resp;
  private final LoginGate.Admission refusal;
  private final long delayMillis;
  private final Runnable leave;
  private final AtomicBoolean over = new AtomicBoolean();

  ParkedRefusal(
      AsyncContext context,
      HttpServletResponse resp,
      LoginGate.Admission refusal,
      long delayMillis,
      Runnable leave) {
    this.context = context;
    this.resp = resp;
    this.refusal = refusal;
    this.delayMillis = delayMillis;
    this.leave = leave;
  }

  /** Writes the refusal (a few hundred bytes: the write does not block) and ends the request. */
  void send() {
    if (!over.compareAndSet(false, true)) {
      return;
    }
    leave.run();
    try {
      LoginRefusal.send(resp, refusal, delayMillis);
    } catch (IOException | IllegalStateException gone) {
      // the client left while it waited: nothing to answer
    }
    try {
      context.complete();
    } catch (IllegalStateException alreadyOver) {
      // the container ended the request first
    }
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    send();
  }

  @Override
  public void onError(AsyncEvent event) {
    if (over.compareAndSet(false, true)) {
      leave.run();
      try {
        context.complete();
      } catch (IllegalStateException alreadyOver) {
        // nothing left to close
      }
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    if (over.compareAndSet(false, true)) {
      leave.run(); // closed by the container before we answered
    }
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted: one wait per request
  }
}
