package org.multitracker.dfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.swarm.Swarms;

class StateRestoreTest {
  @TempDir Path dir;
  private final Swarms swarms = new Swarms();
  private final RestoreStatus status = new RestoreStatus();

  private StateRestore restore(Path file, Predicate<InfoHash> allowed, AtomicBoolean cancel) {
    StateRestore r = new StateRestore(file, swarms, allowed, status, cancel::get);
    r.clock = Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"), ZoneOffset.UTC);
    return r;
  }

  private long peers() {
    return swarms.allStats().stream().mapToLong(s -> s.complete() + s.incomplete()).sum();
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.sorted().toList();
    }
  }

  @Test
  void restoresEveryPeerAndCount() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(file, 20, 500);
    restore(file, h -> true, new AtomicBoolean()).run();
    assertThat(status.phase()).isEqualTo(RestoreStatus.Phase.RESTORED);
    assertThat(swarms.allStats()).hasSize(20);
    assertThat(peers()).isEqualTo(10_000);
    assertThat(status.peers()).isEqualTo(10_000);
    assertThat(status.torrents()).isEqualTo(20);
    SwarmStats seventh = swarms.stats(StateFiles.hash(7)).orElseThrow();
    assertThat(seventh.downloaded()).isEqualTo(7);
    assertThat(file).exists();
  }

  @Test
  void leavesOutTorrentsNoLongerAllowed() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(file, 4, 10);
    restore(file, h -> !h.equals(StateFiles.hash(2)), new AtomicBoolean()).run();
    assertThat(swarms.allStats()).hasSize(3);
    assertThat(swarms.stats(StateFiles.hash(2))).isEmpty();
  }

  @Test
  void aMissingFileIsAFreshStart() {
    restore(dir.resolve("none"), h -> true, new AtomicBoolean()).run();
    assertThat(status.phase()).isEqualTo(RestoreStatus.Phase.FRESH);
    assertThat(status.settled()).isTrue();
  }

  @Test
  void aTruncatedFileRestoresNothingAndIsMovedAsideWithATimestamp() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(file, 20, 500);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));
    restore(file, h -> true, new AtomicBoolean()).run();
    assertThat(status.phase()).isEqualTo(RestoreStatus.Phase.DISCARDED);
    assertThat(status.settled()).as("saving may start afresh").isTrue();
    assertThat(swarms.allStats()).isEmpty();
    assertThat(files()).containsExactly(dir.resolve("tracker.dfile.unusable-20261202T130000.000Z"));
  }

  @Test
  void runningOutOfMemoryLeavesTheStoreEmpty() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(file, 20, 500);
    AtomicInteger parts = new AtomicInteger();
    Predicate<InfoHash> exhausted =
        h -> {
          if (parts.incrementAndGet() > 30) {
            throw new OutOfMemoryError("Java heap space");
          }
          return true;
        };
    restore(file, exhausted, new AtomicBoolean()).run();
    assertThat(status.phase()).isEqualTo(RestoreStatus.Phase.DISCARDED);
    assertThat(swarms.allStats()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void stopsBeforeTheHeapRunsOutAndStartsEmpty() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(file, 20, 500);
    StateRestore r = restore(file, h -> true, new AtomicBoolean());
    r.heapTight = () -> status.peers() >= 3000 ? "PS Old Gen 90% full after a collection" : "";
    r.run();
    assertThat(status.phase()).isEqualTo(RestoreStatus.Phase.DISCARDED);
    assertThat(swarms.allStats()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void aStopInTheMiddleKeepsTheFileAndSavesNothing() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(file, 20, 500);
    AtomicBoolean cancel = new AtomicBoolean();
    AtomicInteger parts = new AtomicInteger();
    restore(file, h -> parts.incrementAndGet() < 5 || !cancel.getAndSet(true), cancel).run();
    assertThat(status.settled()).isFalse();
    assertThat(file).exists();
  }

  @Test
  void keepsOnlyTheNewestUnusableFiles() throws IOException {
    Path file = dir.resolve("tracker.dfile");
    for (int i = 0; i < 5; i++) {
      Files.writeString(file, "garbage");
      UnusableStateFile.moveAside(file, Instant.parse("2026-12-02T13:00:00Z").plusSeconds(i));
    }
    assertThat(files())
        .containsExactly(
            dir.resolve("tracker.dfile.unusable-20261202T130002.000Z"),
            dir.resolve("tracker.dfile.unusable-20261202T130003.000Z"),
            dir.resolve("tracker.dfile.unusable-20261202T130004.000Z"));
  }
}
