package org.multitracker.dfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/**
 * Large dfiles restore in a JVM with the server's default heap (-Xmx512m, standalone.conf; the
 * parallel collector, tune-standalone-conf.sh): 1,000,000 peers over 10,000 torrents, and an old
 * (version 1) file of the size whose whole-file decode exhausted that heap (261,788 peers).
 */
class MillionPeerRestoreTest {
  static final String SERVER_HEAP = "-Xmx512m";

  @TempDir Path dir;

  /** Restores in a fresh JVM; returns the probe's line. */
  private static String restoreInServerHeap(Path file) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process probe =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    SERVER_HEAP,
                    "-XX:+UseParallelGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    RestoreHeapProbe.class.getName(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(probe.getInputStream().readAllBytes());
    assertThat(probe.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(probe.exitValue()).as(output).isZero();
    System.out.printf(
        "%s: %d bytes (%.1f per peer); %s",
        file.getFileName(), Files.size(file), Files.size(file) / (double) peersIn(output), output);
    return output;
  }

  private static long peersIn(String output) {
    Matcher m = Pattern.compile("peers=(\\d+)").matcher(output);
    return m.find() ? Math.max(1, Long.parseLong(m.group(1))) : 1;
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void restoresAMillionPeersWithinTheServersDefaultHeap() throws Exception {
    Path file = dir.resolve("million.dfile");
    StateFiles.writeLarge(file, 10_000, 100);
    assertThat(restoreInServerHeap(file))
        .contains("phase=RESTORED", "torrents=10000", "peers=1000000");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void restoresTheOldFormatFileThatFailedAtStart() throws Exception {
    Path file = dir.resolve("old.dfile");
    List<SavedSwarm> swarms = new ArrayList<>();
    int n = 0;
    for (int t = 0; t < 5_000; t++) {
      List<SavedPeer> peers = new ArrayList<>();
      for (int i = 0; i < (t < 1_788 ? 53 : 52); i++) {
        peers.add(StateFiles.peer(n++));
      }
      swarms.add(new SavedSwarm(StateFiles.hash(t), 1, peers));
    }
    LegacyDfile.write(file, swarms);
    swarms = null;
    assertThat(restoreInServerHeap(file))
        .contains("phase=RESTORED", "torrents=5000", "peers=261788");
  }
}
