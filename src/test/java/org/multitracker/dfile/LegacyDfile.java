package org.multitracker.dfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/** Writes a dfile as the released version 1 did (one bencoded dictionary), for upgrade tests. */
final class LegacyDfile {
  private LegacyDfile() {}

  static void write(Path file, List<SavedSwarm> swarms) throws IOException {
    BencodeWriter w = new BencodeWriter(64 * 1024);
    w.beginDict().key("torrents").beginDict();
    List<SavedSwarm> sorted = new ArrayList<>(swarms);
    sorted.sort((a, b) -> a.infoHash().compareTo(b.infoHash()));
    for (SavedSwarm s : sorted) {
      w.string(s.infoHash().bytes()).beginDict();
      w.key("completed").integer(s.completed());
      w.key("peers").beginList();
      for (SavedPeer p : s.peers()) {
        w.beginDict();
        w.key("crypto").integer((p.supportCrypto() ? 1 : 0) | (p.requireCrypto() ? 2 : 0));
        w.key("id").string(p.peerId());
        w.key("ip").string(p.ip());
        if (p.key() != null) {
          w.key("key").string(p.key());
        }
        w.key("left").integer(p.left());
        w.key("port").integer(p.port());
        w.key("reachable").integer(p.reachable() ? 1 : 0);
        w.key("seen").integer(p.lastSeen());
        w.key("source").string(p.sourceIp());
        w.end();
      }
      w.end().end();
    }
    w.end().key("version").integer(1).end();
    try (var out = Files.newOutputStream(file)) {
      w.writeTo(out);
    }
  }
}
