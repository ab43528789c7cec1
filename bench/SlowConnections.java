import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Slow-header flood with probe announces (issue #12, finding 6). Single-file program, JDK 17:
 *
 * <pre>java bench/SlowConnections.java --port 8080 [--connections 20000] [--rate 1000]
 *     [--line-every 10] [--duration 45] [--max-open 19000] [--max-probe-ms 1000]
 *     [--closed-within 20]</pre>
 *
 * Opens --connections connections to 127.0.0.1 at --rate a second (never more than --max-open at
 * once: the process's own descriptors), each sending an announce's request line and then one header
 * line every --line-every seconds, never finishing its headers. Meanwhile a probe sends a complete
 * announce on a new connection every 200 ms and times the answer. Prints the figures and exits 1
 * when a probe took over --max-probe-ms (or failed), or when a slow connection was not closed by
 * the server within --closed-within seconds of opening (0: not checked).
 */
public class SlowConnections {
  static final String HASH = "%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14";

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    int port = Integer.parseInt(o.getOrDefault("port", "8080"));
    int total = Integer.parseInt(o.getOrDefault("connections", "20000"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "1000"));
    long lineEvery = Long.parseLong(o.getOrDefault("line-every", "10")) * 1000;
    long duration = Long.parseLong(o.getOrDefault("duration", "45")) * 1000;
    int maxOpen = Integer.parseInt(o.getOrDefault("max-open", "19000"));
    long maxProbe = Long.parseLong(o.getOrDefault("max-probe-ms", "1000"));
    long closedWithin = Long.parseLong(o.getOrDefault("closed-within", "20")) * 1000;
    InetSocketAddress target = new InetSocketAddress("127.0.0.1", port);

    Probe probe = new Probe(target);
    Thread probes = new Thread(probe, "probe");
    probes.setDaemon(true);
    probes.start();
    Flood flood = new Flood(target, total, rate, lineEvery, maxOpen);
    flood.run(duration);
    probe.stop = true;
    probes.join(10_000);

    List<Long> lifetimes = flood.lifetimes;
    Collections.sort(lifetimes);
    List<Long> latencies = new ArrayList<>(probe.latencies);
    Collections.sort(latencies);
    long oldestOpen = flood.oldestOpenMillis();
    System.out.printf(
        "slow connections: opened %d, refused or failed %d, most open at once %d, closed by the"
            + " server %d (lifetime p50 %d ms, max %d ms), still open at the end %d (oldest %d"
            + " ms)%n",
        flood.opened,
        flood.failed,
        flood.mostOpen,
        lifetimes.size(),
        pct(lifetimes, 50),
        pct(lifetimes, 100),
        flood.open.size(),
        oldestOpen);
    System.out.printf(
        "probe announces: %d, failed %d, p50 %d ms, p99 %d ms, max %d ms%n",
        latencies.size() + probe.failures,
        probe.failures,
        pct(latencies, 50),
        pct(latencies, 99),
        pct(latencies, 100));
    boolean ok = probe.failures == 0 && !latencies.isEmpty() && pct(latencies, 100) <= maxProbe;
    if (closedWithin > 0) {
      ok &= lifetimes.isEmpty() || pct(lifetimes, 100) <= closedWithin;
      ok &= oldestOpen <= closedWithin && lifetimes.size() > 0;
    }
    System.out.println(ok ? "PASS" : "FAIL");
    System.exit(ok ? 0 : 1);
  }

  static long pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }

  /** The slow clients, on one selector thread. */
  static final class Flood {
    final InetSocketAddress target;
    final int total;
    final int rate;
    final long lineEvery;
    final int maxOpen;
    final Map<SocketChannel, long[]> open = new HashMap<>(); // opened at, last line at
    final List<Long> lifetimes = new ArrayList<>();
    int opened;
    int failed;
    int mostOpen;
    int lineNo;

    Flood(InetSocketAddress target, int total, int rate, long lineEvery, int maxOpen) {
      this.target = target;
      this.total = total;
      this.rate = rate;
      this.lineEvery = lineEvery;
      this.maxOpen = maxOpen;
    }

    void run(long duration) throws IOException {
      long start = System.currentTimeMillis();
      ByteBuffer sink = ByteBuffer.allocate(4096);
      try (Selector selector = Selector.open()) {
        while (System.currentTimeMillis() - start < duration) {
          long now = System.currentTimeMillis();
          long due = Math.min(total, (now - start) * rate / 1000);
          while (opened + failed < due && open.size() < maxOpen) {
            connect(selector, now);
          }
          selector.select(20);
          Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
          while (keys.hasNext()) {
            SelectionKey k = keys.next();
            keys.remove();
            handle(k, sink);
          }
          trickle(System.currentTimeMillis());
          mostOpen = Math.max(mostOpen, open.size());
        }
        for (SocketChannel c : open.keySet()) {
          c.close();
        }
      }
    }

    void connect(Selector selector, long now) {
      try {
        SocketChannel c = SocketChannel.open();
        c.configureBlocking(false);
        c.connect(target);
        c.register(selector, SelectionKey.OP_CONNECT);
        open.put(c, new long[] {now, now});
        opened++;
      } catch (IOException e) {
        failed++;
      }
    }

    void handle(SelectionKey k, ByteBuffer sink) {
      SocketChannel c = (SocketChannel) k.channel();
      try {
        if (k.isConnectable()) {
          c.finishConnect();
          k.interestOps(SelectionKey.OP_READ);
          c.write(
              ByteBuffer.wrap(
                  ("GET /announce?info_hash="
                          + HASH
                          + "&peer_id=-SL0001-000000000000&port=6881&uploaded=0&downloaded=0&compact=1&left=1"
                          + " HTTP/1.1\r\n"
                          + "Host: t\r\n")
                      .getBytes(StandardCharsets.US_ASCII)));
        } else if (k.isReadable()) {
          sink.clear();
          if (c.read(sink) < 0) {
            closedByServer(c);
          }
        }
      } catch (IOException e) {
        closedByServer(c);
      }
    }

    void closedByServer(SocketChannel c) {
      long[] t = open.remove(c);
      if (t != null) {
        lifetimes.add(System.currentTimeMillis() - t[0]);
      }
      try {
        c.close();
      } catch (IOException ignored) {
        // already gone
      }
    }

    /** One more header line on each connection whose turn it is. */
    void trickle(long now) {
      List<SocketChannel> gone = new ArrayList<>();
      for (Map.Entry<SocketChannel, long[]> e : open.entrySet()) {
        long[] t = e.getValue();
        if (now - t[1] >= lineEvery && e.getKey().isConnected()) {
          t[1] = now;
          try {
            e.getKey()
                .write(
                    ByteBuffer.wrap(
                        ("X-Slow: " + (lineNo++) + "\r\n").getBytes(StandardCharsets.US_ASCII)));
          } catch (IOException closed) {
            gone.add(e.getKey());
          }
        }
      }
      gone.forEach(this::closedByServer);
    }

    long oldestOpenMillis() {
      long now = System.currentTimeMillis();
      return open.values().stream().mapToLong(t -> now - t[0]).max().orElse(0);
    }
  }

  /** A well-behaved client: a whole announce on a new connection every 200 ms. */
  static final class Probe implements Runnable {
    final InetSocketAddress target;
    final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    volatile int failures;
    volatile boolean stop;
    int n;

    Probe(InetSocketAddress target) {
      this.target = target;
    }

    @Override
    public void run() {
      while (!stop) {
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
          s.connect(target, 5000);
          s.setSoTimeout(5000);
          OutputStream out = s.getOutputStream();
          out.write(
              ("GET /announce?info_hash="
                      + HASH
                      + "&peer_id=-PR0001-"
                      + String.format("%012d", n++ % 1000)
                      + "&port=6882&uploaded=0&downloaded=0&compact=1&left=0 HTTP/1.1\r\n"
                      + "Host: t\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          InputStream in = s.getInputStream();
          byte[] head = new byte[12];
          int got = in.readNBytes(head, 0, 12);
          String status = new String(head, 0, got, StandardCharsets.US_ASCII);
          if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException("answer " + status);
          }
          latencies.add((System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
          failures++;
          System.err.println(
              "probe failed after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
