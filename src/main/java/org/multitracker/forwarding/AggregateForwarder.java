package org.multitracker.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.multitracker.checkpoint.DataFiles;
import org.multitracker.checkpoint.RunCheckpoint;
import org.multitracker.config.TrackerConfig;
import org.multitracker.wire.RawQuery;

/**
 * Member side of aggregation. The announce thread only offers the forwarded query to a bounded
 * queue (aggregate_forward_queue entries); one container-managed thread sends them (up to {@link
 * ForwardSender#IN_FLIGHT} at once over kept-alive HTTP/1.1 connections) and retries with backoff
 * while the aggregator is unreachable. What does not fit is dropped and counted. A graceful stop
 * writes what is still queued to a spool file (aggregate_forward_spool) that the next start sends
 * first; a checkpoint beside it lets that start count what a kill lost.
 */
@ApplicationScoped
public class AggregateForwarder {
  private static final Logger LOG = Logger.getLogger(AggregateForwarder.class.getName());

  @Inject TrackerConfig config;
  @Resource ManagedThreadFactory threads;
  @Resource ManagedExecutorService executor;

  private LinkedBlockingDeque<String> queue = new LinkedBlockingDeque<>(1);
  private final AtomicLong dropped = new AtomicLong();
  private ForwardTarget target;
  private ForwardSender sender;
  private Thread thread;
  private volatile String identity;
  private ForwardSpool spool;
  private RunCheckpoint checkpoint = RunCheckpoint.none();
  private volatile boolean stopped;

  @PostConstruct
  void start() {
    if (config.aggregateForward().isEmpty()) {
      spoolFile()
          .filter(Files::exists)
          .ifPresent(
              f ->
                  LOG.warning(
                      () ->
                          "The forwarding spool "
                              + f
                              + " is left unsent: aggregate_forward is not set"));
      return;
    }
    target = ForwardTarget.parse(config.aggregateForward());
    queue = new LinkedBlockingDeque<>(config.aggregateForwardQueue());
    spool = spoolFile().map(f -> new ForwardSpool(f, config.aggregateForwardQueue())).orElse(null);
    checkpoint =
        RunCheckpoint.at(spoolFile().map(f -> f.resolveSibling(f.getFileName() + ".checkpoint")));
    checkpoint
        .previousRun()
        .ifPresent(
            p ->
                LOG.warning(
                    () ->
                        "The previous run did not stop cleanly"
                            + " (killed?): it lost "
                            + p.describe("forwarded announces waiting for the aggregator")));
    reloadSpool();
    checkpoint.record(queue.size());
    HttpClient http =
        HttpClient.newBuilder()
            .executor(executor)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(config.httpTimeout()))
            .build();
    sender =
        new ForwardSender(
            queue,
            target,
            http,
            Duration.ofSeconds(config.httpTimeout()),
            dropped,
            config.aggregateForwardQueue());
    thread = threads.newThread(sender);
    thread.start();
  }

  @PreDestroy
  void stop() {
    if (thread == null) {
      return;
    }
    stopped = true;
    thread.interrupt();
    sender.awaitIdle(Duration.ofSeconds(2));
    List<String> left = sender.takeRemaining();
    if (!left.isEmpty()) {
      spoolAtStop(left);
    }
    checkpoint.cleanStop();
  }

  /** Every few seconds (ForwardCheckpointTimer): what a kill would lose now. */
  void checkpoint() {
    if (target != null && !stopped) {
      checkpoint.record(queue.size() + (long) sender.inFlight());
    }
  }

  private Optional<Path> spoolFile() {
    return config.aggregateForwardSpool().isEmpty()
        ? DataFiles.locate(config, "forward-spool")
        : Optional.of(Path.of(config.aggregateForwardSpool()));
  }

  private void reloadSpool() {
    if (spool == null) {
      LOG.info(
          "No place for the forwarding spool (set aggregate_forward_spool or dfile):"
              + " what is queued when this tracker stops will be lost");
      return;
    }
    try {
      ForwardSpool.Loaded loaded = spool.load(target.password());
      loaded.queries().forEach(queue::offerLast);
      if (!loaded.queries().isEmpty() || loaded.overBound() + loaded.unusable() > 0) {
        LOG.info(
            () ->
                "Reloaded "
                    + loaded.queries().size()
                    + " forwarded announces from "
                    + spool.file()
                    + ", spooled at the last stop; "
                    + loaded.overBound()
                    + " over the queue's bound and "
                    + loaded.unusable()
                    + " unusable lines dropped");
      }
    } catch (IOException e) {
      LOG.warning(
          () -> "Cannot reload the forwarding spool " + spool.file() + ": " + e.getMessage());
    }
  }

  private void spoolAtStop(List<String> left) {
    if (spool == null) {
      LOG.warning(
          () ->
              left.size()
                  + " forwarded announces lost at stop: nowhere to spool them"
                  + " (set aggregate_forward_spool or dfile)");
      return;
    }
    try {
      int written = spool.write(left);
      LOG.info(
          () ->
              "Spooled "
                  + written
                  + " forwarded announces to "
                  + spool.file()
                  + "; the next start sends them");
      if (written < left.size()) {
        LOG.warning(
            () ->
                (left.size() - written)
                    + " forwarded announces lost at stop: over the"
                    + " spool's bound or not a query string");
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          () ->
              left.size()
                  + " forwarded announces lost at stop: cannot write the spool "
                  + spool.file()
                  + ": "
                  + e);
    }
  }

  public boolean enabled() {
    return target != null;
  }

  /** Queues a copy of an accepted announce; never blocks. */
  public void forward(RawQuery clientQuery, String clientIp, String userAgent, int localPort) {
    if (target == null || clientQuery == null) {
      return;
    }
    if (!queue.offerLast(
        target.forwardedQuery(clientQuery, clientIp, userAgent, identity(localPort)))) {
      dropped.incrementAndGet();
    }
  }

  private String identity(int localPort) {
    String id = identity;
    if (id == null) {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "localhost";
      }
      id = host + ":" + localPort;
      identity = id;
    }
    return id;
  }

  public int waiting() {
    return queue.size();
  }

  public long dropped() {
    return dropped.get();
  }

  public long sent() {
    return sender == null ? 0 : sender.sent();
  }
}
