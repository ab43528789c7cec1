package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.multitracker.allowed.AllowedSet;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.Metainfo;

/**
 * The seed's example: 4 trackers, 10 torrents. One tracker's T2T traffic over ten minutes of
 * simulated time (default intervals: 120 s, 20 peers a poll), against the three others, counted in
 * HTTP bytes (request line, headers, body; TCP/IP overhead not included). Prints the figure;
 * asserts only that polling follows the interval.
 */
class T2TBandwidthTest {
  @Test
  void measuresTenMinutesOfPollingInTheSeedsExample() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicLong requestBytes = new AtomicLong();
    AtomicLong answerBytes = new AtomicLong();
    AtomicLong served = new AtomicLong();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(pool);
    byte[] body = answerWithPeers(20);
    server.createContext(
        "/",
        x -> {
          long req = ("GET " + x.getRequestURI().toString() + " HTTP/1.1\r\n").length() + 2;
          for (Map.Entry<String, List<String>> h : x.getRequestHeaders().entrySet()) {
            for (String v : h.getValue()) {
              req += h.getKey().length() + 2 + v.length() + 2;
            }
          }
          requestBytes.addAndGet(req);
          x.sendResponseHeaders(200, body.length);
          try (OutputStream out = x.getResponseBody()) {
            out.write(body);
          }
          // status line, Date and Content-length headers as this server sends them
          answerBytes.addAndGet(17 + 37 + 24 + 2 + body.length);
          served.incrementAndGet();
        });
    server.start();
    try {
      int port = server.getAddress().getPort();
      List<String> others = new ArrayList<>();
      for (int t = 1; t <= 3; t++) {
        others.add("http://127.0.0.1:" + port + "/tracker" + t + "/announce");
      }
      Map<InfoHash, AllowedTorrent> torrents = new HashMap<>();
      for (int i = 0; i < 10; i++) {
        byte[] h = new byte[20];
        h[0] = (byte) i;
        InfoHash hash = new InfoHash(h);
        Metainfo meta =
            new Metainfo(
                hash,
                "t" + i,
                1,
                1,
                others.get(0),
                List.of(others),
                Optional.empty(),
                Optional.empty());
        torrents.put(hash, new AllowedTorrent(meta, Path.of("t" + i + ".torrent"), 1, 1));
      }
      AllowedSet set = AllowedSet.ofTorrents(torrents, Map.of());
      AtomicLong clock = new AtomicLong();
      T2TList list = new T2TList();
      T2TControl control =
          new T2TControl(
              list,
              new TrackerScreen(List.of("http://127.0.0.1:")),
              new SnoopClient(pool, Duration.ofSeconds(5)),
              () -> set,
              null,
              new byte[20],
              120,
              20,
              clock::get);
      for (long second = 0; second < 600; second++) {
        clock.set(second * 1000);
        control.tick(clock.get());
        long dispatched = list.states().stream().mapToLong(T2TState::polls).sum();
        for (int i = 0; i < 500 && served.get() < dispatched; i++) {
          Thread.sleep(2);
        }
        Thread.sleep(served.get() < dispatched ? 0 : 1);
      }
      long polls = served.get();
      long total = requestBytes.get() + answerBytes.get();
      // a client: one announce of the same size with 50 peers instead of 20, every 1800 s
      double clientPer10Min =
          (requestBytes.get() / (double) polls + answerBytes.get() / (double) polls + 30 * 6) / 3.0;
      System.out.printf(
          "T2T bandwidth, seed example (4 trackers, 10 torrents), one tracker, 10 simulated"
              + " minutes: %d polls, %d bytes sent, %d bytes received, %d bytes in all (%.1f B/s);"
              + " equivalent to %.0f clients announcing every 1800 s%n",
          polls,
          requestBytes.get(),
          answerBytes.get(),
          total,
          total / 600.0,
          total / clientPer10Min);
      // 30 pairs, first poll within one interval, then every 120 s: 4 to 5 polls each
      assertThat(polls).isBetween(120L, 150L);
    } finally {
      server.stop(0);
      pool.shutdownNow();
    }
  }

  private static byte[] answerWithPeers(int n) {
    StringBuilder peers = new StringBuilder();
    for (int i = 0; i < n; i++) {
      peers.append("\u0001\u0002\u0003").append((char) i).append("\u001a\u00e1");
    }
    return ("d8:completei10e10:incompletei30e8:intervali120e5:peers" + (n * 6) + ":" + peers + "e")
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
