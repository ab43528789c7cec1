package org.multitracker.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.multitracker.announce.RawQuery;
import org.multitracker.config.TrackerConfig;

/**
 * Member side of aggregation. The announce thread only offers the forwarded query to a bounded
 * queue (aggregate_forward_queue entries); one container-managed thread sends them (up to
 * {@link ForwardSender#IN_FLIGHT} at once over kept-alive HTTP/1.1 connections) and retries
 * with backoff while the aggregator is unreachable. What does not fit is dropped and counted.
 * On shutdown, what is still queued is lost (at most the queue's size, logged).
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

  @PostConstruct
  void start() {
    if (config.aggregateForward().isEmpty()) {
      return;
    }
    target = ForwardTarget.parse(config.aggregateForward());
    queue = new LinkedBlockingDeque<>(config.aggregateForwardQueue());
    HttpClient http =
        HttpClient.newBuilder()
            .executor(executor)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(config.httpTimeout()))
            .build();
    sender =
        new ForwardSender(
            queue, target, http, Duration.ofSeconds(config.httpTimeout()), dropped,
            config.aggregateForwardQueue());
    thread = threads.newThread(sender);
    thread.start();
  }

  @PreDestroy
  void stop() {
    if (thread != null) {
      thread.interrupt();
      if (!queue.isEmpty()) {
        LOG.warning(() -> queue.size() + " forwarded announces not sent before shutdown");
      }
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
    if (!queue.offerLast(target.forwardedQuery(clientQuery, clientIp, userAgent, identity(localPort)))) {
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
