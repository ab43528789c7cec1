package org.multitracker.allowed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A text file re-read only when its mtime changes, as bttrack does for allowed_list. A file that
 * cannot be read is reported once and tried again every pass until it can.
 */
final class WatchedFile {

  private final String option;
  private final Consumer<String> warn;
  private Path lastPath;
  private FileTime lastMtime;
  private boolean failing;

  /**
   * @param option the bttrack option naming the file, for messages
   * @param warn receives each new warning
   */
  WatchedFile(String option, Consumer<String> warn) {
    this.option = Objects.requireNonNull(option, "option");
    this.warn = Objects.requireNonNull(warn, "warn");
  }

  /** The file's lines if it changed since the last read, else empty. */
  Optional<List<String>> linesIfChanged(Path file) {
    try {
      // Stat before reading: an edit during the read then shows as a change on the next pass.
      FileTime mtime = Files.getLastModifiedTime(file);
      if (file.equals(lastPath) && mtime.equals(lastMtime)) {
        return Optional.empty();
      }
      List<String> lines = readLines(file);
      lastPath = file;
      lastMtime = mtime;
      failing = false;
      return Optional.of(lines);
    } catch (IOException e) {
      if (!failing) {
        warn.accept(
            "cannot read "
                + option
                + " "
                + file
                + ": "
                + IoErrors.describe(e)
                + "; keeping the previous list");
        failing = true;
      }
      return Optional.empty();
    }
  }

  void warn(String message) {
    warn.accept(option + " " + lastPath + ": " + message);
  }

  // Not Files.readAllLines: it throws on bad UTF-8, and a stray byte in a comment should not
  // make the whole list unreadable. InputStreamReader replaces it instead.
  private static List<String> readLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
