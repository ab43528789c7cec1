package org.multitracker.tools;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one action per file, reporting a failing file as {@code file: reason} and going on with the
 * rest, as BitTornado's tools do: one bad torrent should not stop a batch.
 */
final class EachFile {

  interface Action {
    void apply(Path file);
  }

  private EachFile() {}

  /** Exit status: 0 if every file succeeded, else 1. */
  static int run(List<String> files, PrintStream err, Action action) {
    int status = 0;
    for (String file : files) {
      try {
        action.apply(Path.of(file));
      } catch (FileFailure e) {
        report(err, file, e.getMessage());
        status = 1;
      } catch (InvalidPathException e) {
        report(err, file, "invalid path: " + e.getReason());
        status = 1;
      }
    }
    return status;
  }

  static void report(PrintStream err, String file, String reason) {
    err.println(TerminalText.escape(file) + ": " + TerminalText.escape(reason));
  }
}
