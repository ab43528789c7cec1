package org.multitracker.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against a fake aggregator (a JDK HttpServer): what is retried and what is not, and what a
 * stopping member can spool: nothing sent is forgotten, whatever the aggregator does.
 */
class ForwardSenderTest {
  HttpServer aggregator;
  final AtomicInteger status = new AtomicInteger();
  final AtomicInteger hits = new AtomicInteger();
  volatile String body = "d8:response2:OKe";
  final CountDownLatch release = new CountDownLatch(1);
  final LinkedBlockingDeque<String> queue = new LinkedBlockingDeque<>(100);
  Thread thread;

  ForwardSender sender(int answer, boolean hang) throws IOException {
    status.set(answer);
    aggregator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    aggregator.setExecutor(Executors.newCachedThreadPool());
    aggregator.createContext(
        "/",
        exchange -> {
          try {
            if (hang) {
              release.await();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          hits.incrementAndGet();
          byte[] bytes = body.getBytes();
          exchange.sendResponseHeaders(status.get(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    aggregator.start();
    ForwardTarget target =
        ForwardTarget.parse(
            "http://127.0.0.1:" + aggregator.getAddress().getPort() + "/announce,pw");
    ForwardSender s =
        new ForwardSender(
            queue,
            target,
            HttpClient.newHttpClient(),
            Duration.ofSeconds(30),
            new AtomicLong(),
            100);
    thread = new Thread(s);
    return s;
  }

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    if (thread != null) {
      thread.interrupt();
      thread.join(5000);
    }
    aggregator.stop(0);
  }

  static List<String> queries(int n) {
    return IntStream.range(0, n).mapToObj(i -> "peer_id=" + i).toList();
  }

  @Test
  void aStopTakesTheUnansweredSendsAndTheQueueOldestFirst() throws Exception {
    ForwardSender s = sender(200, true);
    queue.addAll(queries(20));
    thread.start();
    eventually(Duration.ofSeconds(10), () -> s.inFlight() == ForwardSender.IN_FLIGHT);
    thread.interrupt();
    thread.join(5000);
    s.awaitIdle(Duration.ofMillis(200));
    assertThat(s.takeRemaining()).isEqualTo(queries(20));
    assertThat(queue).isEmpty();
  }

  @Test
  void aRestartingAggregatorsNotFoundKeepsTheAnnounce() throws Exception {
    ForwardSender s = sender(404, false);
    queue.addAll(queries(3));
    thread.start();
    // The first sends fail, go back to the queue, and sending backs off.
    eventually(Duration.ofSeconds(10), () -> hits.get() >= 3 && queue.size() == 3);
    thread.interrupt();
    thread.join(5000);
    s.awaitIdle(Duration.ofSeconds(2));
    assertThat(s.takeRemaining()).containsExactlyInAnyOrderElementsOf(queries(3));
    assertThat(s.sent()).isZero();
  }

  @Test
  void answeredSendsAreNotTakenAgain() throws Exception {
    ForwardSender s = sender(200, false);
    queue.addAll(queries(10));
    thread.start();
    eventually(Duration.ofSeconds(10), () -> s.sent() == 10);
    assertThat(s.takeRemaining()).isEmpty();
    assertThat(s.rejected()).isZero();
  }

  @Test
  void aRefusalIsCountedAndNotRetried() throws Exception {
    ForwardSender s = sender(403, false);
    queue.addAll(queries(2));
    thread.start();
    eventually(Duration.ofSeconds(10), () -> s.rejected() == 2);
    s.awaitIdle(Duration.ofSeconds(2));
    assertThat(s.takeRemaining()).isEmpty();
    assertThat(hits).hasValue(2);
    assertThat(s.sent()).isZero();
  }

  @Test
  void aBencodedFailureIsARefusalToo() throws Exception {
    body = "d14:failure reason5:wronge";
    ForwardSender s = sender(200, false);
    queue.addAll(queries(1));
    thread.start();
    eventually(Duration.ofSeconds(10), () -> s.rejected() == 1);
    assertThat(s.sent()).isZero();
  }

  @Test
  void anUnreachableAggregatorGetsEverythingOnceItAnswersAgain() throws Exception {
    ForwardSender s = sender(503, false);
    queue.addAll(queries(5));
    thread.start();
    eventually(Duration.ofSeconds(10), () -> hits.get() >= 1 && queue.size() == 5);
    status.set(200);
    eventually(Duration.ofSeconds(10), () -> s.sent() == 5);
    assertThat(s.takeRemaining()).isEmpty();
  }
}
