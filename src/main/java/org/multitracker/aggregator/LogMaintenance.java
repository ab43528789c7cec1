package org.multitracker.aggregator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.multitracker.config.TrackerConfig;

/**
 * Two timers of the aggregator's database, apart from the ingest ({@link RecordFlusher} never runs
 * either): every hour, the day partitions of today and the next {@link #DAYS_AHEAD} days
 * (PostgreSQL), so that the ingest never waits for one; and every hour, retention
 * (aggregator_retention_days), which is cheap when there is nothing to drop. Both also run once
 * shortly after start. A retention run deletes a bounded number of rows; when it leaves some, it
 * comes back after {@link #CONTINUE_MILLIS} instead of waiting an hour.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN) // statements auto-commit, slice by slice
public class LogMaintenance {
  private static final Logger LOG = Logger.getLogger(LogMaintenance.class.getName());
  static final int DAYS_AHEAD = 2;
  static final long HOUR_MILLIS = 3600 * 1000L;
  static final long CONTINUE_MILLIS = 10_000;
  private static final String PARTITIONS = "aggregate-partitions";
  private static final String RETENTION = "aggregate-retention";

  @Resource TimerService timers;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject TrackerConfig config;
  @Inject LogPartitions partitions;
  LogRetention.Budget budget = LogRetention.Budget.DEFAULT;

  @PostConstruct
  void start() {
    if (config.isAggregator()) {
      timers.createIntervalTimer(5_000, HOUR_MILLIS, new TimerConfig(PARTITIONS, false));
      timers.createIntervalTimer(20_000, HOUR_MILLIS, new TimerConfig(RETENTION, false));
    }
  }

  @Timeout
  void tick(Timer timer) {
    try {
      if (PARTITIONS.equals(timer.getInfo())) {
        createAhead(Instant.now());
      } else if (RETENTION.equals(timer.getInfo()) && config.aggregatorRetentionDays() > 0) {
        expire(Instant.now().minus(config.aggregatorRetentionDays(), ChronoUnit.DAYS));
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warning(() -> timer.getInfo() + " failed, retried within the hour: " + e.getMessage());
    }
  }

  synchronized void createAhead(Instant now) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (Dialect.of(c).partitions()) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i <= DAYS_AHEAD; i++) {
          days.add(BatchSummary.dayOf(now).plusDays(i));
        }
        partitions.ensure(c, days);
      }
    }
  }

  synchronized void expire(Instant cutoff) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      LogRetention.Outcome done = LogRetention.expire(c, partitions, cutoff, budget);
      if (done.gone() > 0) {
        LOG.info(
            () ->
                "Retention: "
                    + done.gone()
                    + (Dialect.H2 == dialect(c) ? " log rows" : " partitions")
                    + " older than "
                    + cutoff
                    + " removed"
                    + (done.more() ? ", more in " + CONTINUE_MILLIS / 1000 + " s" : ""));
      }
      if (done.more()) {
        timers.createSingleActionTimer(CONTINUE_MILLIS, new TimerConfig(RETENTION, false));
      }
    }
  }

  private static Dialect dialect(Connection c) {
    try {
      return Dialect.of(c);
    } catch (SQLException e) {
      return Dialect.H2;
    }
  }
}
