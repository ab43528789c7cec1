package org.multitracker.testing;

import java.util.List;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.metainfo.MetainfoParser;

/** Hand-made .torrent files (fake piece hashes) with the top-level keys a test needs. */
public final class TorrentBytes {
  private TorrentBytes() {}

  public static byte[] of(String name, List<String> tier, String failure, String warning) {
    BencodeWriter w = new BencodeWriter();
    w.beginDict();
    w.key("announce");
    w.string(tier.isEmpty() ? "http://127.0.0.1/announce" : tier.get(0));
    if (!tier.isEmpty()) {
      w.key("announce-list");
      w.beginList();
      w.beginList();
      tier.forEach(w::string);
      w.end();
      w.end();
    }
    if (failure != null) {
      w.key("failure reason");
      w.string(failure);
    }
    w.key("info");
    w.beginDict();
    w.key("length");
    w.integer(1000);
    w.key("name");
    w.string(name);
    w.key("piece length");
    w.integer(16384);
    w.key("pieces");
    w.string(new byte[20]);
    w.end();
    if (warning != null) {
      w.key("warning message");
      w.string(warning);
    }
    w.end();
    return w.toByteArray();
  }

  public static byte[] infoHash(byte[] torrent) {
    return MetainfoParser.parse(torrent).infoHash().bytes();
  }
}
