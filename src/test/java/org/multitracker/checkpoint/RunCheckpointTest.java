package org.multitracker.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCheckpointTest {
  @TempDir Path dir;

  @Test
  void aCleanStopLeavesNothingToReport() {
    Path file = dir.resolve("sub/cp");
    RunCheckpoint run = RunCheckpoint.at(Optional.of(file));
    assertThat(run.previousRun()).isEmpty();
    run.record(12);
    run.cleanStop();
    assertThat(file).doesNotExist();
    assertThat(RunCheckpoint.at(Optional.of(file)).previousRun()).isEmpty();
  }

  @Test
  void aKilledRunIsReportedWithWhatItHeldLast() {
    Path file = dir.resolve("cp");
    RunCheckpoint run = RunCheckpoint.at(Optional.of(file));
    run.record(5);
    run.record(62);
    // killed here: no cleanStop
    RunCheckpoint.Previous previous =
        RunCheckpoint.at(Optional.of(file)).previousRun().orElseThrow();
    assertThat(previous.held()).isEqualTo(62);
    assertThat(previous.describe("announces"))
        .startsWith("about 62 announces at its last checkpoint (20");
  }

  @Test
  void anUnreadableCheckpointStillSaysTheRunWasKilled() throws Exception {
    Path file = Files.writeString(dir.resolve("cp"), "garbage");
    RunCheckpoint.Previous previous =
        RunCheckpoint.at(Optional.of(file)).previousRun().orElseThrow();
    assertThat(previous.held()).isEqualTo(-1);
    assertThat(previous.describe("announces")).startsWith("an unknown number of announces");
  }

  @Test
  void anUnwritableCheckpointOnlyDisablesItself() throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    RunCheckpoint run = RunCheckpoint.at(Optional.of(blocker.resolve("cp")));
    run.record(1);
    run.record(2);
    run.cleanStop();
    assertThat(RunCheckpoint.none().previousRun()).isEmpty();
  }

  @Test
  void dataFilesLiveBesideTheDfileElseInTheDataDir() {
    assertThat(DataFiles.locate("/var/lib/t/state", "/srv/data", "forward-spool"))
        .contains(Path.of("/var/lib/t/state.forward-spool"));
    assertThat(DataFiles.locate("", "/srv/data", "forward-spool"))
        .contains(Path.of("/srv/data/multitracker/forward-spool"));
    assertThat(DataFiles.locate("", null, "forward-spool")).isEmpty();
  }
}
