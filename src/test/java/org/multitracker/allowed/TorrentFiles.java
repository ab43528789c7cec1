package org.multitracker.allowed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;

/** Writes .torrent files for tests; a different name gives a different info hash. */
final class TorrentFiles {

  static final String ANNOUNCE = "http://tracker.example/announce";

  private TorrentFiles() {}

  static byte[] singleFile(String name, long length) {
    return encode(root(singleFileInfo(name, length)).build());
  }

  static byte[] multiFile(String name, long... lengths) {
    List<BValue> files =
        Arrays.stream(lengths)
            .mapToObj(
                n ->
                    (BValue)
                        BDict.builder()
                            .put("length", n)
                            .put("path", BList.of(BString.of("dir"), BString.of("part" + n)))
                            .build())
            .toList();
    BDict info =
        BDict.builder()
            .put("files", BList.of(files))
            .put("name", name)
            .put("piece length", 16384)
            .put("pieces", new byte[20])
            .build();
    return encode(root(info).build());
  }

  static byte[] withAnnounceList(String name, List<List<String>> tiers) {
    BList list =
        BList.of(tiers.stream().map(t -> BList.of(t.stream().map(BString::of).toList())).toList());
    return encode(root(singleFileInfo(name, 1)).put("announce-list", list).build());
  }

  static byte[] withControls(String name, String failureReason, String warningMessage) {
    return encode(
        root(singleFileInfo(name, 1))
            .put("failure reason", failureReason)
            .put("warning message", warningMessage)
            .build());
  }

  static Path write(Path dir, String relative, byte[] content) {
    Path file = dir.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InfoHash hashOf(byte[] torrent) {
    return MetainfoParser.parse(torrent).infoHash();
  }

  private static BDict singleFileInfo(String name, long length) {
    return BDict.builder()
        .put("length", length)
        .put("name", name)
        .put("piece length", 16384)
        .put("pieces", new byte[20])
        .build();
  }

  private static BDict.Builder root(BDict info) {
    return BDict.builder().put("announce", ANNOUNCE).put("info", info);
  }

  private static byte[] encode(BDict root) {
    return Bencoder.encode(root);
  }
}
