package org.multitracker.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real BitTorrent client (aria2c, Debian package aria2) with DHT, PEX and local discovery off, so
 * the tracker is its only way to find peers.
 */
public final class AriaClient implements AutoCloseable {
  private static final List<String> TRACKER_ONLY =
      List.of(
          "--enable-dht=false",
          "--enable-dht6=false",
          "--bt-enable-lpd=false",
          "--enable-peer-exchange=false",
          "--console-log-level=warn",
          "--summary-interval=0",
          "--no-conf=true",
          "--bt-stop-timeout=120");

  private final Process process;

  private AriaClient(Path dir, Path torrent, int port, Path log, List<String> extra)
      throws IOException {
    Path aria = Prerequisites.command("aria2c");
    List<String> cmd =
        new ArrayList<>(List.of(aria.toString(), "--dir=" + dir, "--listen-port=" + port));
    cmd.addAll(TRACKER_ONLY);
    cmd.addAll(extra);
    cmd.add(torrent.toString());
    process =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Seeds the complete data in {@code dir} until closed. */
  public static AriaClient seed(Path dir, Path torrent, int port, Path log) throws IOException {
    return new AriaClient(
        dir, torrent, port, log, List.of("--check-integrity=true", "--seed-ratio=0.0"));
  }

  /** Downloads into {@code dir} and exits when complete. */
  public static AriaClient leech(Path dir, Path torrent, int port, Path log) throws IOException {
    return new AriaClient(dir, torrent, port, log, List.of("--seed-time=0"));
  }

  /** The exit code, or -1 if it did not finish in time. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
