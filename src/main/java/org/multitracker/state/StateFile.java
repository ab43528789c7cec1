package org.multitracker.state;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeException;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/**
 * The dfile format: a bencoded dictionary {version, torrents: {info hash: {completed, peers}}}.
 * Written to a temporary file and moved over the old one, so a crash mid-write leaves the
 * previous state intact.
 */
public final class StateFile {
  static final int VERSION = 1;
  /** A bound on what is read back: far above 1,000,000 peers at about 100 bytes each. */
  static final int MAX_SIZE = 512 * 1024 * 1024;

  private StateFile() {}

  public static void write(Path file, List<SavedSwarm> swarms) throws IOException {
    BencodeWriter w = new BencodeWriter(64 * 1024);
    w.beginDict();
    w.key("torrents");
    w.beginDict();
    List<SavedSwarm> sorted = new ArrayList<>(swarms);
    sorted.sort((a, b) -> a.infoHash().compareTo(b.infoHash()));
    for (SavedSwarm s : sorted) {
      w.string(s.infoHash().bytes());
      w.beginDict();
      w.key("completed");
      w.integer(s.completed());
      w.key("peers");
      w.beginList();
      for (SavedPeer p : s.peers()) {
        writePeer(w, p);
      }
      w.end();
      w.end();
    }
    w.end();
    w.key("version");
    w.integer(VERSION);
    w.end();
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".dfile", ".tmp");
    try {
      try (var out = Files.newOutputStream(tmp)) {
        w.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writePeer(BencodeWriter w, SavedPeer p) {
    w.beginDict();
    w.key("crypto");
    w.integer((p.supportCrypto() ? 1 : 0) | (p.requireCrypto() ? 2 : 0));
    w.key("id");
    w.string(p.peerId());
    w.key("ip");
    w.string(p.ip());
    if (p.key() != null) {
      w.key("key");
      w.string(p.key());
    }
    w.key("left");
    w.integer(p.left());
    w.key("port");
    w.integer(p.port());
    w.key("reachable");
    w.integer(p.reachable() ? 1 : 0);
    w.key("seen");
    w.integer(p.lastSeen());
    w.key("source");
    w.string(p.sourceIp());
    w.end();
  }

  /** Reads a state file; every malformed part is an {@link InvalidStateException}. */
  public static List<SavedSwarm> read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_SIZE) {
      throw new InvalidStateException("state file is " + size + " bytes, over " + MAX_SIZE);
    }
    BValue root;
    try {
      root =
          Bdecoder.decode(
              Files.readAllBytes(file),
              BencodeLimits.TORRENT_FILE.withMaxInputSize(MAX_SIZE).withMaxStringLength(MAX_SIZE));
    } catch (BencodeException e) {
      throw new InvalidStateException("not a state file: " + e.getMessage());
    }
    BDict top = dict(root, "state");
    if (top.integer("version").orElse(-1) != VERSION) {
      throw new InvalidStateException("unknown state file version");
    }
    BDict torrents = top.dict("torrents").orElseThrow(() -> new InvalidStateException("no torrents"));
    List<SavedSwarm> swarms = new ArrayList<>(torrents.size());
    for (Map.Entry<String, BValue> e : torrents.entries().entrySet()) {
      byte[] hash = e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      if (hash.length != InfoHash.LENGTH) {
        throw new InvalidStateException("bad info hash in state file");
      }
      BDict t = dict(e.getValue(), "torrent");
      List<SavedPeer> peers = new ArrayList<>();
      for (BValue v : t.list("peers").orElseThrow(() -> new InvalidStateException("no peers")).items()) {
        peers.add(peer(dict(v, "peer")));
      }
      swarms.add(new SavedSwarm(new InfoHash(hash), number(t, "completed"), peers));
    }
    return swarms;
  }

  private static SavedPeer peer(BDict p) {
    byte[] id = bytes(p, "id");
    byte[] ip = bytes(p, "ip");
    byte[] source = bytes(p, "source");
    long port = number(p, "port");
    long crypto = number(p, "crypto");
    if (id.length != 20 || !isAddress(ip) || !isAddress(source) || port > 65535) {
      throw new InvalidStateException("bad peer in state file");
    }
    byte[] key = p.string("key").map(BString::bytes).orElse(null);
    return new SavedPeer(
        id, ip, (int) port, source, key, number(p, "left"), number(p, "seen"),
        number(p, "reachable") == 1, (crypto & 1) != 0, (crypto & 2) != 0);
  }

  private static boolean isAddress(byte[] ip) {
    return ip.length == 4 || ip.length == 16;
  }

  private static BDict dict(BValue v, String what) {
    if (v instanceof BDict d) {
      return d;
    }
    throw new InvalidStateException(what + " is not a dictionary");
  }

  private static byte[] bytes(BDict d, String key) {
    return d.string(key).map(BString::bytes).orElseThrow(() -> new InvalidStateException("no " + key));
  }

  private static long number(BDict d, String key) {
    long n = d.integer(key).orElseThrow(() -> new InvalidStateException("no " + key));
    if (n < 0) {
      throw new InvalidStateException("negative " + key);
    }
    return n;
  }

}
