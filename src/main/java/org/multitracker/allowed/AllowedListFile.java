package org.multitracker.allowed;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.multitracker.metainfo.InfoHash;

/**
 * bttrack's allowed_list: a file of hex info hashes, one a line, with blank lines and '#' comments.
 * A bad line is skipped with a warning rather than failing the file, so one typo does not lock
 * every swarm out. Not thread-safe: one timer drives it.
 */
public final class AllowedListFile {

  private final WatchedFile file;

  /**
   * @param warn receives each new warning
   */
  public AllowedListFile(Consumer<String> warn) {
    this.file = new WatchedFile("allowed_list", warn);
  }

  /** The new set if the file's mtime changed since the last load; empty if not or unreadable. */
  public Optional<AllowedSet> reloadIfChanged(Path path) {
    return file.linesIfChanged(path).map(this::parse);
  }

  private AllowedSet parse(List<String> lines) {
    Set<InfoHash> hashes = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        hashes.add(InfoHash.fromHex(line));
      } catch (IllegalArgumentException e) {
        file.warn("line " + (i + 1) + " skipped: " + e.getMessage());
      }
    }
    return AllowedSet.ofHashes(hashes);
  }
}
