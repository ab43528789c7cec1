package org.multitracker.infopage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What the info page lists: the busiest torrents (most peers, then info hash), at most a fixed
 * number, and totals over every torrent. Picked with a bounded heap, so choosing 1,000 of 1,000,000
 * holds 1,000 rows, not a sorted copy of all.
 */
record InfoPageTable(List<InfoPage.Row> shown, Totals totals) {
  /** Sums over all torrents, shown ones or not. */
  record Totals(
      long files, long seeds, long leechers, long completed, long size, long transferred) {}

  static final Comparator<InfoPage.Row> BUSIEST_FIRST =
      Comparator.comparingLong((InfoPage.Row r) -> (long) r.seeds() + r.leechers())
          .reversed()
          .thenComparing(InfoPage.Row::hex);

  static InfoPageTable of(Iterable<InfoPage.Row> all, int max) {
    PriorityQueue<InfoPage.Row> kept = new PriorityQueue<>(BUSIEST_FIRST.reversed());
    long files = 0;
    long seeds = 0;
    long leechers = 0;
    long completed = 0;
    long size = 0;
    long transferred = 0;
    for (InfoPage.Row r : all) {
      files++;
      seeds += r.seeds();
      leechers += r.leechers();
      completed += r.completed();
      size += Math.max(r.size(), 0);
      transferred += Math.max(r.transferred(), 0);
      kept.add(r);
      if (kept.size() > max) {
        kept.poll(); // the least busy of those kept
      }
    }
    List<InfoPage.Row> shown = new ArrayList<>(kept);
    shown.sort(BUSIEST_FIRST);
    return new InfoPageTable(
        shown, new Totals(files, seeds, leechers, completed, size, transferred));
  }
}
