package org.multitracker.allowed;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the .torrent files of allowed_dir by BitTornado's parsedir rule: a directory that holds
 * .torrent files is read and its subdirectories are not, so an operator can keep a torrent's
 * payload below its .torrent file. Entries are visited in sorted order so every pass, and every
 * tracker of a cluster, makes the same choices.
 */
final class TorrentTree {

  static final int MAX_FILES = 100_000;
  static final int MAX_DEPTH = 32;
  private static final String EXTENSION = ".torrent";

  /** A .torrent file as stat saw it before reading. */
  record Found(Path path, FileTime mtime, long size) {}

  /**
   * @param files readable candidates in sorted path order
   * @param unreadable .torrent entries that cannot be used, with the reason
   * @param problems conditions of the whole tree (limits reached, directories unreadable)
   */
  record Listing(List<Found> files, Map<Path, String> unreadable, Set<String> problems) {}

  private final int maxFiles;
  private final List<Found> files = new ArrayList<>();
  private final Map<Path, String> unreadable = new LinkedHashMap<>();
  private final Set<String> problems = new LinkedHashSet<>();
  private boolean overflowed;

  private TorrentTree(int maxFiles) {
    this.maxFiles = maxFiles;
  }

  /**
   * @param maxFiles how many .torrent files to take at most; the rest are ignored with a problem
   * @throws IOException if {@code root} itself cannot be listed
   */
  static Listing walk(Path root, int maxFiles) throws IOException {
    TorrentTree tree = new TorrentTree(maxFiles);
    tree.visit(sortedEntries(root), 0);
    return new Listing(tree.files, tree.unreadable, tree.problems);
  }

  private void visit(List<Path> entries, int depth) {
    List<Path> subdirs = new ArrayList<>();
    boolean holdsTorrents = false;
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      BasicFileAttributes own = attributes(entry);
      if (own == null) {
        continue;
      }
      if (own.isDirectory()) {
        subdirs.add(entry);
      } else if (name.endsWith(EXTENSION)) {
        holdsTorrents = true;
        add(entry);
      }
      // Anything else, including a symbolic link to a directory, is ignored: links could loop.
    }
    if (holdsTorrents || subdirs.isEmpty() || overflowed) {
      return;
    }
    if (depth == MAX_DEPTH) {
      problems.add("directories nested deeper than " + MAX_DEPTH + " levels are ignored");
      return;
    }
    for (Path subdir : subdirs) {
      if (overflowed) {
        return;
      }
      try {
        visit(sortedEntries(subdir), depth + 1);
      } catch (IOException e) {
        problems.add("cannot read directory " + subdir + ": " + IoErrors.describe(e));
      }
    }
  }

  private void add(Path file) {
    if (files.size() + unreadable.size() >= maxFiles) {
      overflowed = true;
      problems.add("more than " + maxFiles + " .torrent files; the rest are ignored");
      return;
    }
    // A link to a torrent file is fine; a FIFO or device would block the read.
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      unreadable.put(file, IoErrors.describe(e));
      return;
    }
    if (target.isRegularFile()) {
      files.add(new Found(file, target.lastModifiedTime(), target.size()));
    } else {
      unreadable.put(file, "not a regular file");
    }
  }

  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null; // vanished since the listing: ignore it this pass
    }
  }

  private static List<Path> sortedEntries(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    return entries;
  }
}
