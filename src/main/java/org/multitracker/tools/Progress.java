package org.multitracker.tools;

import java.io.PrintStream;

/** Receives how many bytes have been hashed so far. */
interface Progress {

  /** Inputs up to this size hash in seconds; a progress line would only flicker. */
  long THRESHOLD = 64L * 1024 * 1024;

  Progress NONE =
      new Progress() {
        @Override
        public void advance(long bytes) {}

        @Override
        public void finish() {}
      };

  void advance(long bytes);

  void finish();

  /** Chooses the progress display for an input of a given size. */
  interface Factory {
    Progress create(long total);
  }

  /**
   * A percentage line on {@code err} for large inputs, only when it is a terminal: redrawn with
   * carriage returns, it would fill a log file with noise.
   */
  static Factory onStderr(PrintStream err, boolean terminal) {
    return total -> terminal && total > THRESHOLD ? new ProgressLine(err, total) : NONE;
  }
}
