package org.multitracker.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.config.TrackerConfig;

/** The access log with a fake request and thread factory (its package-private fields). */
class AccessLogTest {
  @TempDir Path dir;
  private AccessLog log;
  private Thread writer;

  @AfterEach
  void stop() throws InterruptedException {
    if (log != null) {
      log.stop();
    }
    if (writer != null) {
      writer.join(5000);
    }
  }

  private AccessLog started(String logfile) {
    log = new AccessLog();
    log.config =
        TrackerConfig.from(
            k ->
                Optional.ofNullable(
                    Map.of("tracker.logfile", logfile, "tracker.min_time_between_log_flushes", "0")
                        .get(k)));
    log.threadFactory =
        new ManagedThreadFactory() {
          @Override
          public Thread newThread(Runnable r) {
            writer = new Thread(r, "access-log-test");
            return writer;
          }

          @Override
          public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
          }
        };
    log.start();
    return log;
  }

  static HttpServletRequest request(String uri, String query, String userAgent) {
    Map<String, Object> answers =
        new HashMap<>(
            Map.of(
                "getMethod",
                "GET",
                "getRequestURI",
                uri,
                "getProtocol",
                "HTTP/1.1",
                "getRemoteAddr",
                "192.0.2.7"));
    if (query != null) {
      answers.put("getQueryString", query);
    }
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            AccessLogTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getHeader")
                    ? ("User-Agent".equals(args[0]) ? userAgent : null)
                    : answers.get(method.getName()));
  }

  private String text(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void writesOneLinePerRequestWithoutSecrets() throws Exception {
    Path file = dir.resolve("access.log");
    started(file.toString())
        .log(request("/announce", "info_hash=x&password=hunter2", "Agent \"1\""), 200, 123);
    eventually(Duration.ofSeconds(5), () -> text(file).endsWith("\n"));
    String line = text(file).strip();
    assertThat(line)
        .startsWith("192.0.2.7 - - [")
        .endsWith(
            "\"GET /announce?info_hash=x&password=<redacted> HTTP/1.1\" 200 123 \"-\""
                + " \"Agent \\\"1\\\"\"")
        .doesNotContain("hunter2");
  }

  @Test
  void isOffWithoutALogfile() {
    started("").log(request("/announce", null, null), 200, 1);
    assertThat(writer).isNull();
    assertThat(log.dropped()).isZero();
  }

  @Test
  void reopensTheFileWhenRotationMovesItAway() throws Exception {
    Path file = dir.resolve("access.log");
    started(file.toString()).log(request("/first", null, null), 200, 1);
    eventually(Duration.ofSeconds(5), () -> text(file).contains("/first"));
    Files.move(file, dir.resolve("access.log.1"));
    log.log(request("/second", null, null), 200, 1);
    eventually(Duration.ofSeconds(5), () -> text(file).contains("/second"));
    assertThat(text(dir.resolve("access.log.1"))).contains("/first").doesNotContain("/second");
  }

  @Test
  void writesWhatWaitsWhenStopped() throws Exception {
    ArrayBlockingQueue<AccessLogEntry> queue = new ArrayBlockingQueue<>(10);
    Path file = dir.resolve("stopped.log");
    AccessLogWriter w = new AccessLogWriter(queue, file, 60_000, new AtomicLong());
    Thread t = new Thread(w);
    t.start();
    queue.add(new AccessLogEntry("a", 0, "GET /one HTTP/1.1", 200, 1, null, null));
    eventually(Duration.ofSeconds(5), () -> text(file).contains("/one"));
    queue.add(new AccessLogEntry("a", 0, "GET /two HTTP/1.1", 200, 1, null, null));
    t.interrupt(); // the writer sleeps out its flush interval: the stop must not lose /two
    t.join(5000);
    assertThat(text(file)).contains("/two");
  }

  @Test
  void aClientCannotForgeOrBreakALine() {
    assertThat(AccessLogEntry.quoted("a\"b\\c\nd\u00e9")).isEqualTo("a\\\"b\\\\c\\x0ad\\xe9");
    assertThat(AccessLogEntry.quoted(null)).isEqualTo("-");
    assertThat(AccessLogEntry.quoted("x".repeat(5000))).hasSize(2048);
  }

  @Test
  void countsWhatDoesNotFitInsteadOfWaiting() {
    log = new AccessLog();
    log.config = TrackerConfig.defaults();
    // Enabled but with no writer draining: the bounded queue fills and then counts drops.
    log.enabled = true;
    HttpServletRequest r = request("/announce", null, null);
    for (int i = 0; i < AccessLog.CAPACITY + 5; i++) {
      log.log(r, 200, 1);
    }
    assertThat(log.dropped()).isEqualTo(5);
  }
}
