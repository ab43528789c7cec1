package org.multitracker.dfile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/**
 * Reads a dfile record by record and hands its swarms to a sink in parts: a torrent first (its
 * completed count, no peers), then its peers a record (at most a few thousand) at a time. Memory:
 * one record, whatever the file's size. Files of version 1 (bencoded, written by earlier releases)
 * go to {@link LegacyStateReader}. Every malformed part is an {@link InvalidStateException}; a sink
 * may stop the reading by throwing.
 */
final class StateReader {
  /** What a whole file held. */
  record Totals(long torrents, long peers) {}

  private final DataInputStream in;
  private final Consumer<SavedSwarm> sink;
  private final byte[] buffer = new byte[StateFormat.MAX_PAYLOAD];
  private final CRC32C crc = new CRC32C();
  private int length;
  private long savedAt;
  private InfoHash torrent;
  private long torrents;
  private long peers;

  private StateReader(DataInputStream in, Consumer<SavedSwarm> sink) {
    this.in = in;
    this.sink = sink;
  }

  static Totals read(Path file, Consumer<SavedSwarm> sink) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      raw.mark(1);
      int first = raw.read();
      raw.reset();
      if (first == 'd') {
        return LegacyStateReader.read(raw, sink);
      }
      if (first != StateFormat.MAGIC[0]) {
        throw new InvalidStateException(first < 0 ? "empty file" : "not a dfile");
      }
      return new StateReader(new DataInputStream(raw), sink).records();
    } catch (EOFException e) {
      throw new InvalidStateException("truncated: the file ends before its end record");
    }
  }

  private Totals records() throws IOException {
    byte[] magic = in.readNBytes(StateFormat.MAGIC.length);
    if (!Arrays.equals(magic, StateFormat.MAGIC)) {
      throw new InvalidStateException("not a dfile");
    }
    int version = in.readUnsignedByte();
    if (version != StateFormat.VERSION) {
      throw new InvalidStateException("unknown dfile version " + version);
    }
    if (next() != StateFormat.HEADER) {
      throw new InvalidStateException("no header record");
    }
    savedAt = payload().getLong();
    while (true) {
      byte type = next();
      ByteBuffer p = payload();
      try {
        if (type == StateFormat.END) {
          return end(p);
        }
        if (type == StateFormat.TORRENT) {
          torrent(p);
        } else if (type == StateFormat.PEERS) {
          peers(p);
        } else {
          throw new InvalidStateException("unknown record type " + type);
        }
      } catch (BufferUnderflowException e) {
        throw new InvalidStateException("a record is shorter than its contents");
      }
    }
  }

  /** Reads the next record into the buffer, checks its checksum and returns its type. */
  private byte next() throws IOException {
    byte type = in.readByte();
    length = in.readInt();
    if (length < 0 || length > StateFormat.MAX_PAYLOAD) {
      throw new InvalidStateException("a record claims " + length + " bytes");
    }
    in.readFully(buffer, 0, length);
    crc.reset();
    crc.update(type);
    for (int shift = 24; shift >= 0; shift -= 8) {
      crc.update(length >>> shift);
    }
    crc.update(buffer, 0, length);
    if (in.readInt() != (int) crc.getValue()) {
      throw new InvalidStateException("checksum mismatch in a record (damaged file)");
    }
    return type;
  }

  private ByteBuffer payload() {
    return ByteBuffer.wrap(buffer, 0, length);
  }

  private void torrent(ByteBuffer p) {
    byte[] hash = new byte[InfoHash.LENGTH];
    p.get(hash);
    torrent = new InfoHash(hash);
    long completed = varint(p);
    done(p);
    torrents++;
    sink.accept(new SavedSwarm(torrent, completed, List.of()));
  }

  private void peers(ByteBuffer p) {
    if (torrent == null) {
      throw new InvalidStateException("peers before any torrent");
    }
    long count = varint(p);
    if (count > StateFormat.MAX_PAYLOAD) {
      throw new InvalidStateException("a record claims " + count + " peers");
    }
    List<SavedPeer> part = new ArrayList<>((int) count);
    for (int i = 0; i < count; i++) {
      part.add(peer(p));
    }
    done(p);
    peers += count;
    sink.accept(new SavedSwarm(torrent, 0, part));
  }

  private SavedPeer peer(ByteBuffer p) {
    int flags = p.get() & 0xff;
    if ((flags & ~StateFormat.KNOWN_FLAGS) != 0) {
      throw new InvalidStateException("unknown peer flags " + flags);
    }
    byte[] id = bytes(p, 20);
    byte[] ip = bytes(p, (flags & StateFormat.IPV6) != 0 ? 16 : 4);
    int port = p.getShort() & 0xffff;
    byte[] source = ip;
    if ((flags & StateFormat.OWN_SOURCE) != 0) {
      source = bytes(p, (flags & StateFormat.SOURCE_IPV6) != 0 ? 16 : 4);
    }
    byte[] key = (flags & StateFormat.HAS_KEY) != 0 ? bytes(p, p.get() & 0xff) : null;
    long left = varint(p);
    if (left < 0) {
      throw new InvalidStateException("negative left");
    }
    long zigzag = varint(p);
    long age = (zigzag >>> 1) ^ -(zigzag & 1);
    return new SavedPeer(
        id,
        ip,
        port,
        source,
        key,
        left,
        savedAt - age,
        (flags & StateFormat.REACHABLE) != 0,
        (flags & StateFormat.SUPPORT_CRYPTO) != 0,
        (flags & StateFormat.REQUIRE_CRYPTO) != 0);
  }

  private Totals end(ByteBuffer p) throws IOException {
    long fileTorrents = varint(p);
    long filePeers = varint(p);
    done(p);
    if (fileTorrents != torrents || filePeers != peers) {
      throw new InvalidStateException("the end record's counts do not match the records");
    }
    if (in.read() >= 0) {
      throw new InvalidStateException("data after the end record");
    }
    return new Totals(torrents, peers);
  }

  private static byte[] bytes(ByteBuffer p, int n) {
    byte[] b = new byte[n];
    p.get(b);
    return b;
  }

  private static void done(ByteBuffer p) {
    if (p.hasRemaining()) {
      throw new InvalidStateException("a record is longer than its contents");
    }
  }

  /** An unsigned LEB128 number: at most ten bytes. */
  static long varint(ByteBuffer p) {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = p.get();
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new InvalidStateException("a number is too long");
  }
}
