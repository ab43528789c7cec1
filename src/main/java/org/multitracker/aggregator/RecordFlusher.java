package org.multitracker.aggregator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.multitracker.checkpoint.DataFiles;
import org.multitracker.checkpoint.RunCheckpoint;
import org.multitracker.config.TrackerConfig;

/**
 * Every second, writes what the buffer holds in batches of {@link #BATCH}. A failed write keeps its
 * batch and retries it first, so an unreachable database loses nothing within the buffer's bound. A
 * checkpoint of what waits lets the next start count what a kill lost. Retention and partitions
 * have their own timers ({@link LogMaintenance}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN) // each batch commits on its own
public class RecordFlusher {
  private static final Logger LOG = Logger.getLogger(RecordFlusher.class.getName());
  static final int BATCH = 5000;
  static final long FLUSH_MILLIS = 1000;

  /** How long a shutdown keeps writing what waits, while the database takes it. */
  static final long SHUTDOWN_DRAIN_MILLIS = 30_000;

  @Resource TimerService timers;
  @Inject TrackerConfig config;
  @Inject AnnounceBuffer buffer;
  @Inject AnnounceStore store;
  @Inject LogPartitions partitions;

  private final List<AnnounceRecord> pending = new ArrayList<>();
  private RunCheckpoint checkpoint = RunCheckpoint.none();
  private boolean failing;

  @PostConstruct
  void start() {
    if (config.isAggregator()) {
      checkpoint = RunCheckpoint.at(DataFiles.locate(config, "aggregator-checkpoint"));
      checkpoint
          .previousRun()
          .ifPresent(
              p ->
                  LOG.warning(
                      () ->
                          "The previous run did not stop"
                              + " cleanly (killed?): it lost "
                              + p.describe("acknowledged announces not yet written")));
      timers.createIntervalTimer(
          FLUSH_MILLIS, FLUSH_MILLIS, new TimerConfig("aggregate-flush", false));
    }
  }

  @Timeout
  synchronized void flush() {
    checkpoint.record(waiting());
    // Leave before the next tick is due, so ticks never pile up under a sustained stream.
    long leaveAt = System.nanoTime() + FLUSH_MILLIS * 800_000;
    while (System.nanoTime() < leaveAt) {
      if (pending.isEmpty() && buffer.drainTo(pending, BATCH) == 0) {
        break;
      }
      try {
        store.write(pending);
      } catch (RuntimeException e) {
        partitions.forget(); // any partition the batch created went with its rollback
        if (!failing) {
          failing = true;
          LOG.warning(
              () ->
                  "Cannot write announces to the database, keeping them ("
                      + waiting()
                      + " waiting, at most "
                      + AnnounceBuffer.CAPACITY
                      + "): "
                      + rootCause(e));
        }
        return;
      }
      buffer.written(pending.size());
      pending.clear();
      if (failing) {
        failing = false;
        LOG.info("Database reachable again: writing the announces kept meanwhile");
      }
    }
  }

  @PreDestroy
  void drainAtShutdown() {
    if (!config.isAggregator()) {
      return;
    }
    long until = System.nanoTime() + SHUTDOWN_DRAIN_MILLIS * 1_000_000;
    do {
      flush();
    } while (!failing && waiting() > 0 && System.nanoTime() < until);
    long lost = waiting();
    if (lost > 0) {
      LOG.warning(
          () ->
              lost
                  + " acknowledged announces not written at shutdown ("
                  + (failing ? "the database is unreachable" : "no time left")
                  + "): they are lost");
    }
    checkpoint.cleanStop();
  }

  synchronized long waiting() {
    return buffer.waiting() + pending.size();
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
