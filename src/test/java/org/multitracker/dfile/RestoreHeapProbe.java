package org.multitracker.dfile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.swarm.Swarms;

/**
 * Restores a dfile into a fresh swarm store in this JVM (run it with the server's heap, -Xmx512m)
 * and prints what it restored and what it cost: one line of key=value pairs.
 */
public final class RestoreHeapProbe {
  private RestoreHeapProbe() {}

  public static void main(String[] args) throws InterruptedException {
    Swarms swarms = new Swarms();
    RestoreStatus status = new RestoreStatus();
    long before = usedAfterGc();
    long start = System.nanoTime();
    new StateRestore(Path.of(args[0]), swarms, h -> true, status, new AtomicBoolean()::get).run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long after = usedAfterGc();
    long peers = 0;
    long torrents = 0;
    for (SwarmStats s : swarms.allStats()) {
      torrents++;
      peers += s.complete() + s.incomplete();
    }
    System.out.printf(
        "phase=%s torrents=%d peers=%d heapBeforeMiB=%d heapAfterMiB=%d peakPoolsMiB=%d"
            + " maxHeapMiB=%d millis=%d%n",
        status.phase(),
        torrents,
        peers,
        before >> 20,
        after >> 20,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        millis);
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
