package org.multitracker.accesslog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.multitracker.config.TrackerConfig;

/**
 * The access log. Disabled when logfile is empty (the server's console is not an access log); "-"
 * writes to standard output. At most {@link #CAPACITY} entries wait; beyond that entries are
 * dropped and counted, and the count is logged.
 */
@ApplicationScoped
public class AccessLog {
  private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());
  static final int CAPACITY = 65_536;

  @Inject TrackerConfig config;
  @Resource ManagedThreadFactory threadFactory;

  private final ArrayBlockingQueue<AccessLogEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();
  volatile boolean enabled;
  private Thread writer;

  @PostConstruct
  void start() {
    enabled = !config.logfile().isEmpty();
    if (enabled) {
      AccessLogWriter w =
          new AccessLogWriter(
              queue,
              config.logfile().equals("-") ? null : Path.of(config.logfile()),
              (long) (config.minTimeBetweenLogFlushes() * 1000),
              dropped);
      writer = threadFactory.newThread(w);
      writer.start();
    }
  }

  @PreDestroy
  void stop() {
    if (writer != null) {
      writer.interrupt();
    }
  }

  public void log(HttpServletRequest req, int status, int bytes) {
    if (!enabled) {
      return;
    }
    String query = req.getQueryString();
    String line =
        req.getMethod()
            + " "
            + req.getRequestURI()
            + (query == null ? "" : "?" + query)
            + " "
            + req.getProtocol();
    AccessLogEntry e =
        new AccessLogEntry(
            req.getRemoteAddr(),
            System.currentTimeMillis(),
            line,
            status,
            bytes,
            req.getHeader("Referer"),
            req.getHeader("User-Agent"));
    if (!queue.offer(e)) {
      dropped.incrementAndGet();
    }
  }

  public long dropped() {
    return dropped.get();
  }

  static Logger logger() {
    return LOG;
  }
}
