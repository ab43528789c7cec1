package org.multitracker.allowed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.Metainfo;
import org.multitracker.metainfo.MetainfoParser;

/**
 * Re-reads allowed_dir pass after pass, as BitTornado's parsedir does. It remembers each file's
 * mtime, size and parse outcome, so an unchanged file is neither read again nor warned about again.
 * Not thread-safe: one timer drives it.
 */
public final class AllowedDirScan {

  /** Reads a whole file; a hook so tests can see which files are read. */
  @FunctionalInterface
  interface FileReader {
    byte[] read(Path file) throws IOException;
  }

  private sealed interface Outcome {}

  private record Parsed(Metainfo meta) implements Outcome {}

  private record Refused(String reason) implements Outcome {}

  private record FileState(FileTime mtime, long size, Outcome outcome) {}

  FileReader reader = AllowedDirScan::readAtMostMaxSize;
  Function<byte[], Metainfo> parser = MetainfoParser::parse;
  int maxFiles = TorrentTree.MAX_FILES;

  private Map<Path, FileState> files = Map.of();
  private AllowedSet current = AllowedSet.empty();
  private Set<String> standingProblems = Set.of();
  private boolean dirFailing;

  /** One pass over {@code dir}; commits its state only when the pass completes. */
  public ScanResult scan(Path dir) {
    TorrentTree.Listing listing;
    try {
      listing = TorrentTree.walk(dir, maxFiles);
    } catch (IOException e) {
      List<String> warnings =
          dirFailing
              ? List.of()
              : List.of(
                  "cannot read allowed_dir "
                      + dir
                      + ": "
                      + IoErrors.describe(e)
                      + "; keeping the "
                      + current.size()
                      + " torrents allowed so far");
      dirFailing = true;
      return new ScanResult(current, Set.of(), warnings);
    }
    dirFailing = false;
    List<String> warnings = new ArrayList<>();
    listing.problems().stream().filter(p -> !standingProblems.contains(p)).forEach(warnings::add);

    Set<Path> reread = new HashSet<>();
    Map<Path, FileState> next = new LinkedHashMap<>();
    for (TorrentTree.Found found : listing.files()) {
      FileState old = files.get(found.path());
      if (old != null && old.mtime().equals(found.mtime()) && old.size() == found.size()) {
        next.put(found.path(), old);
      } else {
        next.put(found.path(), new FileState(found.mtime(), found.size(), load(found)));
        reread.add(found.path());
      }
    }
    AllowedSet allowed = assemble(next, listing.unreadable());
    allowed
        .blocked()
        .forEach(
            (file, reason) -> {
              if (reread.contains(file) || !reason.equals(current.blocked().get(file))) {
                warnings.add("ignoring " + file + ": " + reason);
              }
            });
    Set<InfoHash> removed = current.hashes();
    removed.removeAll(allowed.byHash().keySet());

    files = next;
    current = allowed;
    standingProblems = listing.problems();
    return new ScanResult(allowed, removed, warnings);
  }

  private Outcome load(TorrentTree.Found found) {
    if (found.size() > MetainfoParser.MAX_SIZE) {
      return new Refused("file too large: " + found.size() + " bytes");
    }
    byte[] data;
    try {
      data = reader.read(found.path());
    } catch (IOException e) {
      return new Refused(IoErrors.describe(e));
    }
    try {
      return new Parsed(parser.apply(data));
    } catch (RuntimeException e) {
      // InvalidMetainfoException as a rule; anything else is a parser bug, and one odd file must
      // not stop the whole directory from being re-read.
      return new Refused(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /**
   * Builds the snapshot. A file that was already serving a hash keeps it against a newcomer, even
   * one that sorts first, so dropping a copy into the directory cannot take over a running swarm's
   * file; among newcomers the first in path order wins.
   */
  private AllowedSet assemble(Map<Path, FileState> states, Map<Path, String> unreadable) {
    Map<InfoHash, AllowedTorrent> accepted = new LinkedHashMap<>();
    states.forEach(
        (file, state) -> {
          if (state.outcome() instanceof Parsed p && isIncumbent(file, p.meta().infoHash())) {
            accepted.put(p.meta().infoHash(), torrent(file, state, p.meta()));
          }
        });
    Map<Path, String> blocked = new LinkedHashMap<>(unreadable);
    states.forEach(
        (file, state) -> {
          if (state.outcome() instanceof Refused r) {
            blocked.put(file, r.reason());
          } else if (state.outcome() instanceof Parsed p) {
            AllowedTorrent owner =
                accepted.putIfAbsent(p.meta().infoHash(), torrent(file, state, p.meta()));
            if (owner != null && !owner.file().equals(file)) {
              blocked.put(
                  file, "duplicate of " + owner.file() + " (info hash " + owner.infoHash() + ")");
            }
          }
        });
    return AllowedSet.ofTorrents(inPathOrder(accepted), new TreeMap<>(blocked));
  }

  private boolean isIncumbent(Path file, InfoHash infoHash) {
    AllowedTorrent previous = current.byHash().get(infoHash);
    return previous != null && previous.file().equals(file);
  }

  private static AllowedTorrent torrent(Path file, FileState state, Metainfo meta) {
    return new AllowedTorrent(meta, file, state.size(), state.mtime().toMillis());
  }

  private static Map<InfoHash, AllowedTorrent> inPathOrder(Map<InfoHash, AllowedTorrent> torrents) {
    Map<InfoHash, AllowedTorrent> sorted = new LinkedHashMap<>();
    torrents.values().stream()
        .sorted(Comparator.comparing(AllowedTorrent::file))
        .forEach(t -> sorted.put(t.infoHash(), t));
    return sorted;
  }

  /** Reads one byte past the limit, so a file that grew after stat is still refused in bounds. */
  private static byte[] readAtMostMaxSize(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MetainfoParser.MAX_SIZE + 1);
    }
  }
}
