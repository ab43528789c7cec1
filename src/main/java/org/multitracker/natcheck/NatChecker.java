package org.multitracker.natcheck;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.network.IpAddresses;
import org.multitracker.network.TrackerIdentity;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.Swarms;

/**
 * Runs NAT checks on a small pool of container-managed threads. The announce only enqueues; when
 * the queue is full the check is skipped (counted) and the peer stays unlisted until it announces
 * again, so a flood of new peers cannot grow memory or threads.
 */
@ApplicationScoped
public class NatChecker {
  private static final Logger LOG = Logger.getLogger(NatChecker.class.getName());
  static final int THREADS = 8;
  static final int QUEUE = 2048;
  static final int TIMEOUT_MILLIS = 5000;

  @Resource ManagedThreadFactory threadFactory;
  @Inject TrackerConfig config;
  @Inject Swarms swarms;
  @Inject TrackerIdentity identity;

  private ThreadPoolExecutor pool;
  private final AtomicLong skipped = new AtomicLong();

  @PostConstruct
  void start() {
    pool =
        new ThreadPoolExecutor(
            THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), threadFactory);
    pool.allowCoreThreadTimeOut(true);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /**
   * Queues a check. Only public addresses are contacted: a client must not be able to make the
   * tracker connect into its own intranet by announcing ip=10.0.0.5.
   */
  public void check(InfoHash infoHash, Endpoint endpoint) {
    if (!IpAddresses.isPublic(endpoint.ip())) {
      swarms.natChecked(infoHash, endpoint, false);
      return;
    }
    try {
      pool.execute(() -> run(infoHash, endpoint));
    } catch (RejectedExecutionException e) {
      skipped.incrementAndGet();
    }
  }

  private void run(InfoHash infoHash, Endpoint e) {
    boolean ok =
        Handshake.check(
            e.ip(),
            e.port(),
            infoHash.bytes(),
            e.peerId(),
            identity.id(),
            e.requireCrypto(),
            TIMEOUT_MILLIS);
    swarms.natChecked(infoHash, e, ok);
    if (config.logNatChecks()) {
      LOG.info(
          () ->
              String.format(
                  "natcheck %s:%d %s", IpAddresses.format(e.ip()), e.port(), ok ? 200 : 503));
    }
  }

  /** Checks not run because the queue was full. */
  public long skipped() {
    return skipped.get();
  }
}
