package org.multitracker.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bounds how many large copies of one cached page are being sent at once. Building is already once
 * per period, but sending is not: with 200,000 torrents a full scrape is 14 MB, and 64 clients
 * fetching it kept every worker thread in a blocking write, so announces queued behind them (p99
 * 976 ms). Beyond the bound a request is refused at once (the caller answers 503 with {@link
 * #RETRY_AFTER_SECONDS}); answers under {@link #LARGE_BYTES} are never bounded.
 *
 * <p>Blocking writes are kept on purpose: an asynchronous write would free the thread, but not the
 * CPU that copying megabytes costs, and the container may buffer what the socket does not take yet,
 * a copy per client.
 */
public final class SendBound {
  /** Answers at least this long (as sent: gzipped or not) count against the bound. */
  public static final int LARGE_BYTES = 64 * 1024;

  /** What a refused client is told to wait. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** What {@link #send} returns when it sent nothing. */
  public static final int REFUSED = -1;

  /** The work of sending, which may hold a slot. */
  interface Sending {
    int send() throws IOException;
  }

  private final Semaphore slots;
  private final int largeBytes;
  private final LongAdder refused = new LongAdder();

  SendBound(int atOnce, int largeBytes) {
    this.slots = new Semaphore(atOnce);
    this.largeBytes = largeBytes;
  }

  /** As many large sends at once as the machine has cores, at least 2. */
  public static SendBound perCore() {
    return new SendBound(Math.max(2, Runtime.getRuntime().availableProcessors()), LARGE_BYTES);
  }

  /** Sends the page and returns the body bytes sent, or {@link #REFUSED} having sent nothing. */
  public int send(CachedPage page, HttpServletRequest req, HttpServletResponse resp)
      throws IOException {
    return send(page.sizeFor(req), () -> page.send(req, resp));
  }

  int send(int size, Sending sending) throws IOException {
    if (size < largeBytes) {
      return sending.send();
    }
    if (!slots.tryAcquire()) {
      refused.increment();
      return REFUSED;
    }
    try {
      return sending.send();
    } finally {
      slots.release();
    }
  }

  /** Requests refused so far. */
  public long refused() {
    return refused.sum();
  }
}
