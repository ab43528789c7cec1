package org.multitracker.dfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedSwarm;
import org.multitracker.swarm.Swarms;

/**
 * Puts the dfile's swarms back into the store. Two passes over the file: the first only checks it
 * (every record's checksum and contents, the end record), so a damaged file restores nothing
 * instead of a part; the second adds swarms as it reads them, so memory is the live swarms' plus
 * one record. A file that cannot be used, or a restore that would run out of memory ({@link
 * HeapGuard}) or does, leaves the store empty and the file moved aside: the tracker starts, it
 * never fails its deployment over this.
 */
final class StateRestore implements Runnable {
  private static final Logger LOG = Logger.getLogger(StateRestore.class.getName());

  private final Path file;
  private final Swarms swarms;
  private final Predicate<InfoHash> allowed;
  private final RestoreStatus status;
  private final BooleanSupplier cancelled;
  Supplier<String> heapTight = new HeapGuard()::tight;
  Clock clock = Clock.systemUTC();

  StateRestore(
      Path file,
      Swarms swarms,
      Predicate<InfoHash> allowed,
      RestoreStatus status,
      BooleanSupplier cancelled) {
    this.file = file;
    this.swarms = swarms;
    this.allowed = allowed;
    this.status = status;
    this.cancelled = cancelled;
  }

  @Override
  public void run() {
    if (!Files.exists(file)) {
      LOG.info(() -> "No tracker state in " + file + " yet: starting fresh");
      status.phase(RestoreStatus.Phase.FRESH);
      return;
    }
    status.phase(RestoreStatus.Phase.RESTORING);
    long start = System.nanoTime();
    boolean applying = false;
    try {
      StateReader.read(file, part -> checkCancelled());
      applying = true;
      long[] counts = new long[2];
      StateReader.read(file, part -> apply(part, counts));
      long millis = (System.nanoTime() - start) / 1_000_000;
      status.phase(RestoreStatus.Phase.RESTORED);
      LOG.info(
          () ->
              "Restored "
                  + counts[0]
                  + " torrents and "
                  + counts[1]
                  + " peers from "
                  + file
                  + " in "
                  + millis
                  + " ms");
    } catch (CancellationException e) {
      LOG.info(() -> "Restore from " + file + " stopped: the tracker is shutting down");
    } catch (HeapExhausted e) {
      discard("heap nearly full after " + status.peers() + " peers: " + e.getMessage(), true);
    } catch (IOException | RuntimeException e) {
      discard(e instanceof InvalidStateException ? e.getMessage() : e.toString(), applying);
    } catch (OutOfMemoryError e) {
      swarms.clear(); // first: the log line below needs memory too
      discard("out of memory after " + status.peers() + " peers: heap too small for it", true);
    } catch (Error e) {
      swarms.clear();
      status.phase(RestoreStatus.Phase.BROKEN);
      LOG.log(Level.SEVERE, "Restore from " + file + " failed; restart the server", e);
    }
  }

  private void apply(SavedSwarm part, long[] counts) {
    checkCancelled();
    String tight = heapTight.get();
    if (!tight.isEmpty()) {
      throw new HeapExhausted(tight);
    }
    if (!allowed.test(part.infoHash())) {
      return;
    }
    swarms.restore(part);
    if (part.peers().isEmpty()) { // a torrent's first part: its completed count, no peers
      counts[0]++;
    }
    counts[1] += part.peers().size();
    status.progress(counts[0], counts[1]);
  }

  /** The restore stopped itself before running out of memory. */
  private static final class HeapExhausted extends RuntimeException {
    HeapExhausted(String why) {
      super(why, null, false, false);
    }
  }

  private void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException();
    }
  }

  /**
   * One line says what happened. The store starts empty: once a part was added ({@code applied}),
   * the announces answered meanwhile go too (their clients announce again).
   */
  private void discard(String why, boolean applied) {
    if (applied) {
      swarms.clear();
    }
    status.progress(0, 0);
    String where;
    try {
      where = "moved aside to " + UnusableStateFile.moveAside(file, clock.instant());
    } catch (IOException e) {
      where = "could not be moved aside (" + e.getMessage() + ")";
    }
    status.phase(RestoreStatus.Phase.DISCARDED);
    String place = where;
    LOG.warning(
        () ->
            "Tracker state in "
                + file
                + " is unusable ("
                + why
                + "); "
                + place
                + "; the tracker starts with no saved peers");
  }
}
