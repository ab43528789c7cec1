package org.multitracker.accesslog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

/**
 * Drains the queue to the file, flushing at most every min_time_between_log_flushes. When the file
 * is moved away (log rotation) it is reopened under its name, which is what hupmonitor did.
 */
final class AccessLogWriter implements Runnable {
  private final BlockingQueue<AccessLogEntry> queue;
  private final Path file;
  private final long flushMillis;
  private final AtomicLong dropped;
  private Writer out;
  private long reportedDrops;

  AccessLogWriter(
      BlockingQueue<AccessLogEntry> queue, Path file, long flushMillis, AtomicLong dropped) {
    this.queue = queue;
    this.file = file;
    this.flushMillis = Math.max(flushMillis, 10);
    this.dropped = dropped;
  }

  @Override
  public void run() {
    List<AccessLogEntry> batch = new ArrayList<>();
    try {
      while (!Thread.currentThread().isInterrupted()) {
        AccessLogEntry first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, 4096);
        }
        write(batch);
        batch.clear();
        if (first != null) {
          Thread.sleep(flushMillis);
        }
      }
    } catch (InterruptedException e) {
      queue.drainTo(batch);
      write(batch);
    } finally {
      close();
    }
  }

  private void write(List<AccessLogEntry> batch) {
    try {
      Writer w = writer();
      for (AccessLogEntry e : batch) {
        w.write(e.format());
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      AccessLog.logger()
          .log(
              Level.WARNING,
              "Cannot write the access log {0}: {1}",
              new Object[] {file, e.getMessage()});
      close();
    }
    long drops = dropped.get();
    if (drops != reportedDrops) {
      AccessLog.logger()
          .warning(
              () -> "Access log: " + (drops - reportedDrops) + " entries dropped (queue full)");
      reportedDrops = drops;
    }
  }

  private Writer writer() throws IOException {
    if (out != null && file != null && !Files.exists(file)) {
      close(); // rotated away: reopen under the configured name
    }
    if (out == null) {
      out =
          file == null
              ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
              : Files.newBufferedWriter(
                  file,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.APPEND);
      if (!(out instanceof BufferedWriter)) {
        out = new BufferedWriter(out);
      }
    }
    return out;
  }

  private void close() {
    if (out != null && file != null) {
      try {
        out.close();
      } catch (IOException ignored) {
        // nothing more to do with a broken log file
      }
    }
    out = null;
  }
}
