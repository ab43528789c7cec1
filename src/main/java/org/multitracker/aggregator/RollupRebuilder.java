package org.multitracker.aggregator;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The operators' rollup rebuild ({@link RollupRebuild}) in the background, one day per transaction,
 * one rebuild at a time; progress and outcome go to the server log.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class RollupRebuilder {
  private static final Logger LOG = Logger.getLogger(RollupRebuilder.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject LogPartitions partitions;

  private final AtomicBoolean running = new AtomicBoolean();

  /** False when a rebuild is already running. */
  public boolean start(String requestedBy) {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    LOG.info(
        () -> "Rebuilding the rollups from the announce log, at the request of " + requestedBy);
    return true;
  }

  /** Runs the rebuild that {@link #start} admitted. */
  @Asynchronous
  public void run() {
    long t0 = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int days = RollupRebuild.rebuildAll(c, partitions, true, RollupRebuild.COMPLETED);
        LOG.info(
            () ->
                "Rollups rebuilt: "
                    + days
                    + " days in "
                    + (System.nanoTime() - t0) / 1_000_000
                    + " ms");
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warning(() -> "Rollup rebuild failed (run it again): " + e.getMessage());
    } finally {
      running.set(false);
    }
  }
}
