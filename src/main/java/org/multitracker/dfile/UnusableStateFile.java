package org.multitracker.dfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves a dfile that cannot be restored out of the way, named with the time, so the next start does
 * not fail on it again and the operator can look at it. Only the newest {@value #KEEP} are kept: a
 * file that fails on every start must not fill the disk.
 */
final class UnusableStateFile {
  static final int KEEP = 3;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private UnusableStateFile() {}

  /** Returns where the file went. */
  static Path moveAside(Path file, Instant now) throws IOException {
    String prefix = file.getFileName() + ".unusable-";
    Path aside = file.resolveSibling(prefix + STAMP.format(now));
    Files.move(file, aside);
    pruneOld(file.toAbsolutePath().getParent(), prefix);
    return aside;
  }

  private static void pruneOld(Path dir, String prefix) throws IOException {
    List<Path> old;
    try (Stream<Path> files = Files.list(dir)) {
      // The stamp sorts as text in time order.
      old =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
              .skip(KEEP)
              .toList();
    }
    for (Path p : old) {
      Files.deleteIfExists(p);
    }
  }
}
