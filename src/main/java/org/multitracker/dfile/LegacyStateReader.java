package org.multitracker.dfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/**
 * Reads a version 1 dfile (the bencoded dictionary {torrents: {info hash: {completed, peers}},
 * version: 1} of earlier releases) as a stream of tokens, so an upgrade keeps the state without the
 * whole-file decode that exhausted the heap. Bounded: strings of at most 1 KiB, numbers of at most
 * 19 digits, and peers handed to the sink {@value #PART} at a time.
 */
final class LegacyStateReader {
  static final int PART = 4096;
  private static final int MAX_STRING = 1024;

  private final InputStream in;
  private final Consumer<SavedSwarm> sink;
  private int lookahead = -2;
  private long torrents;
  private long peers;

  private LegacyStateReader(InputStream in, Consumer<SavedSwarm> sink) {
    this.in = in;
    this.sink = sink;
  }

  static StateReader.Totals read(InputStream in, Consumer<SavedSwarm> sink) throws IOException {
    return new LegacyStateReader(in, sink).document();
  }

  private StateReader.Totals document() throws IOException {
    expect('d');
    long version = -1;
    boolean sawTorrents = false;
    while (peek() != 'e') {
      switch (key()) {
        case "torrents" -> {
          torrentDict();
          sawTorrents = true;
        }
        case "version" -> version = integer();
        default -> throw new InvalidStateException("unknown key in a version 1 dfile");
      }
    }
    expect('e');
    if (peek() >= 0) {
      throw new InvalidStateException("data after the dictionary");
    }
    if (version != 1) {
      throw new InvalidStateException("unknown state file version");
    }
    if (!sawTorrents) {
      throw new InvalidStateException("no torrents");
    }
    return new StateReader.Totals(torrents, peers);
  }

  private void torrentDict() throws IOException {
    expect('d');
    while (peek() != 'e') {
      byte[] hash = string();
      if (hash.length != InfoHash.LENGTH) {
        throw new InvalidStateException("bad info hash in state file");
      }
      torrent(new InfoHash(hash));
      torrents++;
    }
    expect('e');
  }

  /** Keys are sorted in bencode, so completed comes before peers. */
  private void torrent(InfoHash hash) throws IOException {
    expect('d');
    long completed = -1;
    boolean sawPeers = false;
    while (peek() != 'e') {
      String key = key();
      if (key.equals("completed") && completed < 0) {
        completed = natural();
      } else if (key.equals("peers") && completed >= 0 && !sawPeers) {
        sink.accept(new SavedSwarm(hash, completed, List.of()));
        peerList(hash);
        sawPeers = true;
      } else {
        throw new InvalidStateException("bad torrent in state file");
      }
    }
    expect('e');
    if (!sawPeers) {
      throw new InvalidStateException("no peers");
    }
  }

  private void peerList(InfoHash hash) throws IOException {
    expect('l');
    List<SavedPeer> part = new ArrayList<>();
    while (peek() != 'e') {
      part.add(peer());
      if (part.size() == PART) {
        sink.accept(new SavedSwarm(hash, 0, part));
        peers += part.size();
        part = new ArrayList<>();
      }
    }
    expect('e');
    if (!part.isEmpty()) {
      sink.accept(new SavedSwarm(hash, 0, part));
      peers += part.size();
    }
  }

  private SavedPeer peer() throws IOException {
    expect('d');
    byte[] id = null;
    byte[] ip = null;
    byte[] source = null;
    byte[] key = null;
    long crypto = -1;
    long left = -1;
    long port = -1;
    long reachable = -1;
    long seen = -1;
    while (peek() != 'e') {
      switch (key()) {
        case "crypto" -> crypto = natural();
        case "id" -> id = string();
        case "ip" -> ip = string();
        case "key" -> key = string();
        case "left" -> left = natural();
        case "port" -> port = natural();
        case "reachable" -> reachable = natural();
        case "seen" -> seen = natural();
        case "source" -> source = string();
        default -> throw new InvalidStateException("unknown peer key in state file");
      }
    }
    expect('e');
    if (id == null
        || id.length != 20
        || !isAddress(ip)
        || !isAddress(source)
        || port < 0
        || port > 65535
        || crypto < 0
        || left < 0
        || reachable < 0
        || seen < 0) {
      throw new InvalidStateException("bad peer in state file");
    }
    return new SavedPeer(
        id,
        ip,
        (int) port,
        source,
        key,
        left,
        seen,
        reachable == 1,
        (crypto & 1) != 0,
        (crypto & 2) != 0);
  }

  private static boolean isAddress(byte[] ip) {
    return ip != null && (ip.length == 4 || ip.length == 16);
  }

  private String key() throws IOException {
    return new String(string(), StandardCharsets.ISO_8859_1);
  }

  private byte[] string() throws IOException {
    long length = digits(':', 5);
    if (length > MAX_STRING) {
      throw new InvalidStateException("a string of " + length + " bytes in a version 1 dfile");
    }
    byte[] b = in.readNBytes((int) length);
    if (b.length != length) {
      throw truncated();
    }
    return b;
  }

  private long natural() throws IOException {
    long n = integer();
    if (n < 0) {
      throw new InvalidStateException("a negative number in state file");
    }
    return n;
  }

  private long integer() throws IOException {
    expect('i');
    if (peek() == '-') {
      read();
      return -digits('e', 19);
    }
    return digits('e', 19);
  }

  /** Decimal digits up to {@code end}; at most {@code max} of them, so no overflow. */
  private long digits(char end, int max) throws IOException {
    long n = 0;
    int count = 0;
    for (int c = read(); c != end; c = read()) {
      if (c < '0' || c > '9' || ++count > max) {
        throw new InvalidStateException("not a state file: bad bencode");
      }
      n = n * 10 + (c - '0');
    }
    if (count == 0) {
      throw new InvalidStateException("not a state file: bad bencode");
    }
    return n;
  }

  private void expect(char c) throws IOException {
    if (read() != c) {
      throw new InvalidStateException("not a state file: expected '" + c + "'");
    }
  }

  private int peek() throws IOException {
    if (lookahead == -2) {
      lookahead = in.read();
    }
    return lookahead;
  }

  private int read() throws IOException {
    int c = peek();
    lookahead = -2;
    if (c < 0) {
      throw truncated();
    }
    return c;
  }

  private static InvalidStateException truncated() {
    return new InvalidStateException("truncated: the file ends in the middle");
  }
}
