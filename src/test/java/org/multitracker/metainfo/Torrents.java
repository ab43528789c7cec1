package org.multitracker.metainfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BInteger;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bencoder;

/** Builds torrent files for tests as mutable maps, so a test can break one part at a time. */
final class Torrents {

  static final String ANNOUNCE = "http://tracker.example/announce";

  private Torrents() {}

  static Map<String, BValue> singleFileInfo() {
    Map<String, BValue> info = new LinkedHashMap<>();
    info.put("name", BString.of("file.bin"));
    info.put("piece length", BInteger.of(16384));
    info.put("pieces", BString.of(new byte[40]));
    info.put("length", BInteger.of(20000));
    return info;
  }

  static Map<String, BValue> multiFileInfo(BValue... files) {
    Map<String, BValue> info = singleFileInfo();
    info.remove("length");
    info.put("name", BString.of("album"));
    info.put("files", BList.of(files));
    return info;
  }

  static BDict file(long length, String... path) {
    return BDict.builder()
        .put("length", length)
        .put("path", BList.of(List.of(path).stream().map(BString::of).toList()))
        .build();
  }

  static Map<String, BValue> root(Map<String, BValue> info) {
    Map<String, BValue> root = new LinkedHashMap<>();
    root.put("announce", BString.of(ANNOUNCE));
    root.put("info", BDict.of(info));
    return root;
  }

  static byte[] encode(Map<String, BValue> root) {
    return Bencoder.encode(BDict.of(root));
  }

  static byte[] torrent(Map<String, BValue> info) {
    return encode(root(info));
  }
}
