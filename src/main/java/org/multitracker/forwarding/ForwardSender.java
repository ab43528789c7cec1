package org.multitracker.forwarding;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Sends queued announces to the aggregator, {@link #IN_FLIGHT} at a time. A send that fails (no
 * connection, timeout, HTTP 5xx) goes back to the head of the queue and sending pauses, 1 s, then
 * doubling up to 30 s, until the aggregator answers again. A 404 counts as unreachable too: a
 * restarting aggregator's server answers it until the WAR is deployed. Any other 4xx or a bencoded
 * refusal is not retried (a wrong password would refuse forever) and is counted as rejected.
 * Delivery is at least once: a send that timed out after the aggregator processed it is sent again.
 * Sends in flight are tracked, so a stopping member can spool them with the queue.
 */
final class ForwardSender implements Runnable {
  private static final Logger LOG = Logger.getLogger(ForwardSender.class.getName());
  static final int IN_FLIGHT = 8;
  static final long MAX_BACKOFF_MILLIS = 30_000;

  private final BlockingDeque<String> queue;
  private final ForwardTarget target;
  private final HttpClient http;
  private final Duration timeout;
  private final AtomicLong dropped;
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private final AtomicBoolean unreachable = new AtomicBoolean();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();

  /** Sent but not answered yet; guarded by itself, and held while one moves back to the queue. */
  private final List<String> inFlight = new ArrayList<>(IN_FLIGHT);

  private long backoff;
  private long lastDropReport;
  private long reportedDrops;

  private final int capacity;

  ForwardSender(
      BlockingDeque<String> queue,
      ForwardTarget target,
      HttpClient http,
      Duration timeout,
      AtomicLong dropped,
      int capacity) {
    this.capacity = capacity;
    this.queue = queue;
    this.target = target;
    this.http = http;
    this.timeout = timeout;
    this.dropped = dropped;
  }

  @Override
  public void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        if (unreachable.get()) {
          slots.acquire(IN_FLIGHT); // let what is in flight finish, then wait
          slots.release(IN_FLIGHT);
          backoff = backoff == 0 ? 1000 : Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
          Thread.sleep(backoff);
          unreachable.set(false);
          // one probe at a time until the aggregator answers
          String probe = queue.pollFirst(1, TimeUnit.SECONDS);
          if (probe != null) {
            send(probe).join();
          }
          continue;
        }
        reportDrops();
        String query = queue.pollFirst(1, TimeUnit.SECONDS);
        if (query == null) {
          continue;
        }
        send(query);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CompletableFuture<Void> send(String query) throws InterruptedException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      queue.offerFirst(query); // stopping: the query goes to the spool with the rest
      throw e;
    }
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(target.forwardUri(query)).timeout(timeout).GET().build();
    } catch (IllegalArgumentException unsendable) {
      slots.release();
      rejected.incrementAndGet();
      return CompletableFuture.completedFuture(null);
    }
    synchronized (inFlight) {
      inFlight.add(query);
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, error) -> {
              try {
                if (error != null || response.statusCode() >= 500 || response.statusCode() == 404) {
                  synchronized (inFlight) {
                    if (answered(query) && !queue.offerFirst(query)) {
                      dropped.incrementAndGet(); // the queue filled up meanwhile
                    }
                  }
                  if (unreachable.compareAndSet(false, true) && backoff == 0) {
                    LOG.warning(
                        () ->
                            "Aggregator "
                                + target
                                + " unreachable ("
                                + (error != null
                                    ? error.getClass().getSimpleName()
                                    : "HTTP " + response.statusCode())
                                + "): keeping announces, at most "
                                + capacity);
                  }
                } else {
                  synchronized (inFlight) {
                    answered(query);
                  }
                  if (backoff != 0) {
                    backoff = 0;
                    LOG.info(() -> "Aggregator " + target + " reachable again");
                  }
                  if (response.statusCode() != 200 || response.body().contains("failure reason")) {
                    if (rejected.incrementAndGet() == 1) {
                      LOG.warning(
                          () ->
                              "Aggregator "
                                  + target
                                  + " refuses forwarded announces: "
                                  + response
                                      .body()
                                      .substring(0, Math.min(200, response.body().length())));
                    }
                  } else {
                    sent.incrementAndGet();
                  }
                }
              } finally {
                slots.release();
              }
              return null;
            });
  }

  private void reportDrops() {
    long now = System.currentTimeMillis();
    long d = dropped.get();
    if (d != reportedDrops && now - lastDropReport > 10_000) {
      lastDropReport = now;
      reportedDrops = d;
      LOG.warning(
          () -> d + " announces not forwarded so far: the queue of " + capacity + " was full");
    }
  }

  long sent() {
    return sent.get();
  }

  /** Answered with a refusal (a 4xx other than 404, or a bencoded failure): not retried. */
  long rejected() {
    return rejected.get();
  }

  /** Removes the query from the sends in flight; false when a stop already took it. */
  private boolean answered(String query) {
    for (int i = 0; i < inFlight.size(); i++) {
      if (inFlight.get(i) == query) {
        inFlight.remove(i);
        return true;
      }
    }
    return false;
  }

  int inFlight() {
    synchronized (inFlight) {
      return inFlight.size();
    }
  }

  /** Waits, at most {@code timeout}, until no send is in flight (each answered or put back). */
  void awaitIdle(Duration timeout) {
    try {
      if (slots.tryAcquire(IN_FLIGHT, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        slots.release(IN_FLIGHT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Takes everything not yet delivered, oldest first: the unanswered sends (which may still arrive:
   * at least once) and the queue.
   */
  List<String> takeRemaining() {
    synchronized (inFlight) {
      List<String> all = new ArrayList<>(inFlight);
      inFlight.clear();
      queue.drainTo(all);
      return all;
    }
  }
}
