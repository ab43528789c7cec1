package org.multitracker.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A file that says "a run is in progress, holding N acknowledged announces in memory", rewritten
 * while N changes and deleted by a clean stop. Found at the next start, it means the previous run
 * was killed (kill -9, out of memory, power): N at its last write is about what was lost. Writing
 * it never blocks for long (a few bytes, moved into place) and a failure only disables it.
 */
public final class RunCheckpoint {
  private static final Logger LOG = Logger.getLogger(RunCheckpoint.class.getName());
  private static final String MAGIC = "multitracker-checkpoint 1";

  /** Rewritten at least this often while running, so its time says when the run was last seen. */
  static final long REFRESH_MILLIS = 60_000;

  private final Path file;
  private long lastHeld = -1;
  private long lastWrite;
  private boolean broken;

  /**
   * What a killed run held at its last checkpoint.
   *
   * @param held announces held in memory then, -1 when the file was unreadable
   */
  public record Previous(long held, Instant at) {
    /** "about 12 ... at its last checkpoint (2026-12-02T13:00:00Z)" for a log line. */
    public String describe(String what) {
      return held < 0
          ? "an unknown number of " + what + " (its checkpoint was unreadable)"
          : "about " + held + " " + what + " at its last checkpoint (" + at + ")";
    }
  }

  private RunCheckpoint(Path file) {
    this.file = file;
  }

  /** A checkpoint in {@code file}; without one, a checkpoint that records nothing. */
  public static RunCheckpoint at(Optional<Path> file) {
    return new RunCheckpoint(file.orElse(null));
  }

  public static RunCheckpoint none() {
    return new RunCheckpoint(null);
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The previous run, when it did not stop cleanly. Call before the first {@link #record}. */
  public Optional<Previous> previousRun() {
    if (file == null || !Files.exists(file)) {
      return Optional.empty();
    }
    try {
      String[] f = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
      if (f.length == 4 && (f[0] + " " + f[1]).equals(MAGIC)) {
        return Optional.of(
            new Previous(Long.parseLong(f[2]), Instant.ofEpochMilli(Long.parseLong(f[3]))));
      }
    } catch (IOException | RuntimeException unreadable) {
      // reported as unknown below
    }
    return Optional.of(new Previous(-1, null));
  }

  /** Notes that {@code held} announces are in memory now; writes only when that changed. */
  public synchronized void record(long held) {
    long now = System.currentTimeMillis();
    if (file == null || broken || (held == lastHeld && now - lastWrite < REFRESH_MILLIS)) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, MAGIC + " " + held + " " + now + "\n", StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      lastHeld = held;
      lastWrite = now;
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          () ->
              "Cannot write the checkpoint "
                  + file
                  + " ("
                  + e
                  + "): what a kill loses"
                  + " will not be counted at the next start");
      broken = true; // one warning, not one a second
    }
  }

  /** The run ends cleanly: nothing to report at the next start. */
  public synchronized void cleanStop() {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete the checkpoint " + file + ": " + e);
    }
  }
}
