package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multitracker.allowed.AllowedSet;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.Metainfo;

/** Polls fake trackers that misbehave in every way we could think of, plus one that works. */
class T2TControlTest {
  private final InfoHash hash =
      new InfoHash(new byte[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private HttpServer server;
  private ServerSocket untrusted;
  private String base;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void fakeTrackers() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(pool);
    server.createContext("/garbage", x -> answer(x, 200, "<html>not a tracker</html>"));
    server.createContext(
        "/redirect",
        x -> {
          x.getResponseHeaders().add("Location", "http://127.0.0.1:22/");
          answer(x, 302, "");
        });
    server.createContext("/silent", x -> sleep(20_000));
    server.createContext("/huge", T2TControlTest::huge);
    server.createContext(
        "/ok",
        x ->
            answer(
                x,
                200,
                "d8:completei1e10:incompletei1e8:intervali1e5:peers12:\u0001\u0002\u0003\u0004\u001a\u00e1\u0005\u0006\u0007\u0008\u001a\u00e2e"));
    server.createContext(
        "/counted",
        x -> {
          hits.incrementAndGet();
          answer(
              x,
              200,
              "d8:intervali120e5:peers12:\u0001\u0002\u0003\u0004\u001a\u00e1\u0005\u0006\u0007\u0008\u001a\u00e2e");
        });
    server.createContext("/disallowed", x -> answer(x, 200, "d14:failure reason10:disallowede"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    untrusted = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.2"));
  }

  @AfterEach
  void stop() throws IOException {
    server.stop(0);
    pool.shutdownNow();
    untrusted.close();
  }

  private static void answer(HttpExchange x, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
    x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }

  /** 100 MB of "bencode", sent until the poller hangs up. */
  private static void huge(HttpExchange x) throws IOException {
    x.sendResponseHeaders(200, 100L * 1024 * 1024);
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) '1');
    try (OutputStream out = x.getResponseBody()) {
      for (int i = 0; i < 1600; i++) {
        out.write(chunk);
      }
    } catch (IOException expected) {
      // the poller cancelled the download
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private AllowedSet torrentListing(List<String> urls) {
    Metainfo meta =
        new Metainfo(
            hash, "t", 1, 1, urls.get(0), List.of(urls), Optional.empty(), Optional.empty());
    AllowedTorrent t = new AllowedTorrent(meta, Path.of("/allowed/t.torrent"), 1, 1);
    return AllowedSet.ofTorrents(Map.of(hash, t), Map.of());
  }

  private T2TState state(T2TList list, String path) {
    return list.states().stream().filter(s -> s.tracker().endsWith(path)).findFirst().orElseThrow();
  }

  @Test
  void reportsEveryMisbehaviourAndHarvestsTheGoodTracker() throws Exception {
    String untrustedUrl = "http://127.0.0.2:" + untrusted.getLocalPort() + "/announce";
    AllowedSet set =
        torrentListing(
            List.of(
                base + "/garbage",
                base + "/redirect",
                base + "/silent",
                base + "/huge",
                base + "/ok",
                base + "/disallowed",
                untrustedUrl));
    T2TList list = new T2TList();
    T2TControl control =
        new T2TControl(
            list,
            new TrackerScreen(List.of(base + "/")),
            new SnoopClient(pool, Duration.ofSeconds(2)),
            () -> set,
            null,
            new byte[20],
            1,
            20,
            System::currentTimeMillis);
    long now = System.currentTimeMillis();
    control.tick(now);
    control.tick(now + 2000);
    for (int i = 0;
        i < 100
            && list.states().stream()
                .anyMatch(s -> s.active() && s.lastOutcome().startsWith("not polled"));
        i++) {
      Thread.sleep(100);
    }
    assertThat(list.states()).hasSize(6).noneMatch(s -> s.tracker().equals(untrustedUrl));
    assertThat(state(list, "/garbage").lastOutcome()).startsWith("error: not bencoded");
    assertThat(state(list, "/redirect").lastOutcome()).isEqualTo("error: HTTP status 302");
    assertThat(state(list, "/silent").lastOutcome()).startsWith("error: HttpTimeoutException");
    assertThat(state(list, "/huge").lastOutcome()).contains("over " + SnoopClient.MAX_BODY);
    assertThat(state(list, "/ok").lastOutcome()).isEqualTo("ok");
    assertThat(state(list, "/ok").peersHarvested()).isEqualTo(2);
    assertThat(list.harvested(hash)).hasSize(2);
    T2TState disallowed = state(list, "/disallowed");
    assertThat(disallowed.active()).isFalse();
    assertThat(disallowed.stopReason()).isEqualTo("disallowed");
    assertThat(list.polls().total(T2TPollOutcomes.Outcome.OK)).isEqualTo(1);
    assertThat(list.polls().total(T2TPollOutcomes.Outcome.REJECTED)).isEqualTo(1);
    assertThat(list.polls().total(T2TPollOutcomes.Outcome.ERROR))
        .as("garbage, redirect, silence, oversize")
        .isEqualTo(4);

    untrusted.setSoTimeout(500);
    try {
      untrusted.accept().close();
      throw new AssertionError("the untrusted tracker was contacted");
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
  }

  @Test
  void stopsPairsThatLeaveTheAnnounceLists() {
    AllowedSet[] current = {torrentListing(List.of(base + "/ok"))};
    T2TList list = new T2TList();
    T2TControl control =
        new T2TControl(
            list,
            new TrackerScreen(List.of(base + "/")),
            new SnoopClient(pool, Duration.ofSeconds(2)),
            () -> current[0],
            null,
            new byte[20],
            1,
            20,
            System::currentTimeMillis);
    control.tick(0);
    assertThat(list.states()).hasSize(1);
    current[0] = AllowedSet.empty();
    control.tick(0);
    assertThat(list.states()).isEmpty();
  }

  private T2TControl control(T2TList list, List<String> urls, AtomicLong clock) {
    AllowedSet set = torrentListing(urls);
    T2TControl control =
        new T2TControl(
            list,
            new TrackerScreen(List.of(base + "/")),
            new SnoopClient(pool, Duration.ofSeconds(2)),
            () -> set,
            null,
            new byte[20],
            120,
            20,
            clock::get);
    control.tick(clock.get()); // makes the pairs; their first scheduled polls are 12 s away or more
    return control;
  }

  @Test
  void pollsALonelyTorrentAtOnceButOncePerPairInTenSeconds() throws Exception {
    AtomicLong clock = new AtomicLong(1_000_000);
    T2TList list = new T2TList();
    T2TControl control = control(list, List.of(base + "/counted"), clock);
    control.pollAtOnce(hash).get(5, TimeUnit.SECONDS);
    assertThat(hits).hasValue(1);
    assertThat(list.harvested(hash)).hasSize(2);
    clock.addAndGet(9_999);
    assertThat(control.pollAtOnce(hash)).as("nothing to wait for within 10 s").isNull();
    assertThat(hits).hasValue(1);
    clock.addAndGet(1);
    control.pollAtOnce(hash).get(5, TimeUnit.SECONDS);
    assertThat(hits).hasValue(2);
  }

  @Test
  void endsTheWaitWithTheFirstPeersNotTheSlowestTracker() throws Exception {
    T2TList list = new T2TList();
    T2TControl control =
        control(list, List.of(base + "/silent", base + "/ok"), new AtomicLong(1_000_000));
    CompletableFuture<Void> polls = control.pollAtOnce(hash);
    polls.get(1500, TimeUnit.MILLISECONDS);
    assertThat(list.harvested(hash)).hasSize(2);
  }

  @Test
  void leavesAFailingTrackerToItsSchedule() throws Exception {
    AtomicLong clock = new AtomicLong(1_000_000);
    T2TList list = new T2TList();
    T2TControl control = control(list, List.of(base + "/garbage"), clock);
    control.pollAtOnce(hash).get(5, TimeUnit.SECONDS);
    assertThat(state(list, "/garbage").lastOutcome()).startsWith("error:");
    clock.addAndGet(60_000);
    assertThat(control.pollAtOnce(hash)).isNull();
  }

  @Test
  void hasNothingToWaitForWithoutPairs() {
    T2TList list = new T2TList();
    T2TControl control = control(list, List.of(base + "/ok"), new AtomicLong(0));
    assertThat(control.pollAtOnce(new InfoHash(new byte[20]))).isNull();
    assertThat(list.pollAtOnce(hash)).as("no poller attached").isNull();
  }
}
