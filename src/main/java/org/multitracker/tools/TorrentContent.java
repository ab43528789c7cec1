package org.multitracker.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;

/**
 * The parts of an info dictionary that {@code showmetainfo} prints and {@link
 * org.multitracker.metainfo.Metainfo} does not carry. Built only from dictionaries the parser has
 * already accepted, so types and lengths are known to be right.
 *
 * @param files the files of a multi-file torrent, paths joined with '/'; empty for a single file
 */
record TorrentContent(long pieceLength, int pieceCount, List<FileEntry> files) {

  record FileEntry(String path, long length) {}

  TorrentContent {
    files = List.copyOf(files);
  }

  static TorrentContent of(BDict info) {
    long pieceLength = info.integer("piece length").orElseThrow();
    int pieceCount = info.string("pieces").orElseThrow().length() / 20;
    List<FileEntry> files = new ArrayList<>();
    Optional<BList> list = info.list("files");
    if (list.isPresent()) {
      for (BValue item : list.get().items()) {
        BDict file = (BDict) item;
        files.add(new FileEntry(path(file), file.integer("length").orElseThrow()));
      }
    }
    return new TorrentContent(pieceLength, pieceCount, files);
  }

  /** {@code path.utf-8} when well formed, as BitTornado writes it for non-UTF-8 names. */
  private static String path(BDict file) {
    Optional<String> utf8 = file.list("path.utf-8").flatMap(TorrentContent::joined);
    return utf8.orElseGet(() -> joined(file.list("path").orElseThrow()).orElseThrow());
  }

  private static Optional<String> joined(BList components) {
    if (components.size() == 0) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (BValue component : components.items()) {
      if (!(component instanceof BString s)) {
        return Optional.empty();
      }
      parts.add(s.utf8());
    }
    return Optional.of(String.join("/", parts));
  }
}
