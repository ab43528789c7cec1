package org.multitracker.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a stopping member can spool: nothing sent is forgotten, whatever the aggregator does. */
class ForwardSenderTest {
  HttpServer aggregator;
  final CountDownLatch release = new CountDownLatch(1);
  final LinkedBlockingDeque<String> queue = new LinkedBlockingDeque<>(100);
  Thread thread;

  ForwardSender sender(int status, boolean hang) throws IOException {
    aggregator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    aggregator.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    aggregator.createContext("/", exchange -> {
      try {
        if (hang) {
          release.await();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = "d8:response2:OKe".getBytes();
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    aggregator.start();
    ForwardTarget target = ForwardTarget.parse(
        "http://127.0.0.1:" + aggregator.getAddress().getPort() + "/announce,pw");
    ForwardSender s = new ForwardSender(queue, target, HttpClient.newHttpClient(),
        Duration.ofSeconds(30), new AtomicLong(), 100);
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
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (s.inFlight() < ForwardSender.IN_FLIGHT && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(s.inFlight()).isEqualTo(ForwardSender.IN_FLIGHT);
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
    Thread.sleep(1500); // the first sends fail and sending backs off
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
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (s.sent() < 10 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(s.sent()).isEqualTo(10);
    assertThat(s.takeRemaining()).isEmpty();
  }
}
