package org.multitracker.dfile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Tells a restore to stop before it exhausts the heap: when a heap pool is still over {@value
 * #LIMIT_PERCENT}% full right after a collection, what is left is live data, and pressing on would
 * leave the server (deployment, announces) to fail with OutOfMemoryError instead. Reads the pools'
 * figures of their last collection: a getter per pool, no collection of its own.
 */
final class HeapGuard {
  static final int LIMIT_PERCENT = 85;

  /**
   * The pools where live data ends up: the old generation (Parallel, G1, Serial), or the single
   * heap pool of collectors without generations. Survivor spaces are full after a collection
   * whenever much survives, which says nothing about the heap.
   */
  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
          .filter(p -> !p.getName().contains("Eden") && !p.getName().contains("Survivor"))
          .toList();

  /** Empty when there is room; else which pool is how full after its last collection. */
  String tight() {
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage after = pool.getCollectionUsage();
      long max = after == null ? -1 : after.getMax();
      if (max > 0 && after.getUsed() * 100 > max * LIMIT_PERCENT) {
        return pool.getName() + " " + after.getUsed() * 100 / max + "% full after a collection";
      }
    }
    return "";
  }
}
