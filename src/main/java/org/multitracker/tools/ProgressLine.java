package org.multitracker.tools;

import java.io.PrintStream;

/** A "hashing: 42%" line redrawn in place, only when the percentage changes. */
final class ProgressLine implements Progress {

  private final PrintStream err;
  private final long total;
  private long done;
  private int shown = -1;

  ProgressLine(PrintStream err, long total) {
    this.err = err;
    this.total = total;
  }

  @Override
  public void advance(long bytes) {
    done += bytes;
    int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    if (percent != shown) {
      shown = percent;
      err.print("\rhashing: " + percent + "%");
      err.flush();
    }
  }

  @Override
  public void finish() {
    if (shown >= 0) {
      err.println();
    }
  }
}
