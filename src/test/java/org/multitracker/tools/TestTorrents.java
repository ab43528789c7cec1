package org.multitracker.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;

/** Torrent files for tests, and ways to look inside the ones the tools write. */
final class TestTorrents {

  static final String ANNOUNCE = "http://old.example/announce";

  private TestTorrents() {}

  static BDict singleFileInfo() {
    return BDict.builder()
        .put("length", 20000)
        .put("name", "file.bin")
        .put("piece length", 16384)
        .put("pieces", new byte[40])
        // Keys the tools know nothing about must survive inside info too.
        .put("x-custom", "kept")
        .build();
  }

  /** A torrent with an announce-list and keys unknown to the tools before and after info. */
  static byte[] withExtras() {
    return Bencoder.encode(
        BDict.builder()
            .put("announce", ANNOUNCE)
            .put(
                "announce-list",
                BList.of(BList.of(BString.of("http://t1"), BString.of("http://t2"))))
            .put("aaa unknown", BList.of(BString.of("x"), BDict.builder().put("k", 1).build()))
            .put("creation date", 1234567890)
            .put("info", singleFileInfo())
            .put("zzz unknown", "tail")
            .build());
  }

  static byte[] plain() {
    return Bencoder.encode(
        BDict.builder().put("announce", ANNOUNCE).put("info", singleFileInfo()).build());
  }

  static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InfoHash infoHash(Path file) {
    return MetainfoParser.parse(read(file)).infoHash();
  }

  static BDict root(Path file) {
    return (BDict) Bdecoder.decode(read(file), BencodeLimits.TORRENT_FILE);
  }

  /** The exact bytes {@code key}'s value occupies in the file. */
  static byte[] rawValue(byte[] torrent, String key) {
    BDict root = (BDict) Bdecoder.decode(torrent, BencodeLimits.TORRENT_FILE);
    var value = root.get(key).orElseThrow();
    return Arrays.copyOfRange(torrent, value.start(), value.end());
  }

  static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
