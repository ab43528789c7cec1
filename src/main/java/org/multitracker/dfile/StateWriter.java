package org.multitracker.dfile;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/**
 * Writes a dfile (see {@link StateFormat}) as swarms are handed to it, through a buffered stream
 * into a temporary file that {@link #commit} syncs and moves over the old one: a crash mid-write
 * leaves the previous state intact. Memory: one record buffer, whatever the state's size.
 */
final class StateWriter implements AutoCloseable {
  private final Path file;
  private final Path tmp;
  private final FileChannel channel;
  private final DataOutputStream out;
  private final long savedAt;
  private final ByteBuffer payload = ByteBuffer.allocate(StateFormat.MAX_PAYLOAD);

  /** Peers of the current P record; the count's varint goes before them. */
  private final ByteBuffer body = ByteBuffer.allocate(StateFormat.MAX_PAYLOAD - 5);

  private final CRC32C crc = new CRC32C();
  private long torrents;
  private long peers;
  private boolean committed;

  StateWriter(Path file, long savedAt) throws IOException {
    this.file = file.toAbsolutePath();
    this.savedAt = savedAt;
    Path dir = this.file.getParent();
    Files.createDirectories(dir);
    tmp = Files.createTempFile(dir, ".dfile", ".tmp");
    channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
    out =
        new DataOutputStream(
            new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024));
    out.write(StateFormat.MAGIC);
    out.writeByte(StateFormat.VERSION);
    payload.putLong(savedAt);
    record(StateFormat.HEADER);
  }

  /** Appends one swarm; for {@code Swarms.saveEach}, so I/O errors come out unchecked. */
  void add(SavedSwarm swarm) {
    try {
      payload.put(swarm.infoHash().bytes());
      putVarint(payload, swarm.completed());
      record(StateFormat.TORRENT);
      torrents++;
      int count = 0;
      for (SavedPeer p : swarm.peers()) {
        if (body.remaining() < StateFormat.MAX_PEER) {
          peerRecord(count);
          count = 0;
        }
        putPeer(body, p);
        count++;
      }
      if (count > 0) {
        peerRecord(count);
      }
      peers += swarm.peers().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the file, forces it to disk and moves it into place. */
  void commit() throws IOException {
    putVarint(payload, torrents);
    putVarint(payload, peers);
    record(StateFormat.END);
    out.flush();
    channel.force(false);
    out.close();
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
    syncDirectory(file.getParent());
  }

  long peers() {
    return peers;
  }

  long torrents() {
    return torrents;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private void peerRecord(int count) throws IOException {
    putVarint(payload, count);
    body.flip();
    payload.put(body);
    body.clear();
    record(StateFormat.PEERS);
  }

  /** Frames the payload gathered so far as one record and empties the buffer. */
  private void record(byte type) throws IOException {
    int length = payload.position();
    crc.reset();
    crc.update(type);
    for (int shift = 24; shift >= 0; shift -= 8) {
      crc.update(length >>> shift);
    }
    crc.update(payload.array(), 0, length);
    out.writeByte(type);
    out.writeInt(length);
    out.write(payload.array(), 0, length);
    out.writeInt((int) crc.getValue());
    payload.clear();
  }

  private void putPeer(ByteBuffer b, SavedPeer p) {
    boolean ownSource = !Arrays.equals(p.sourceIp(), p.ip());
    byte[] key = p.key();
    if (key != null && key.length > StateFormat.MAX_KEY) {
      key = Arrays.copyOf(key, StateFormat.MAX_KEY); // announces bound keys far below this
    }
    int flags =
        (p.ip().length == 16 ? StateFormat.IPV6 : 0)
            | (ownSource ? StateFormat.OWN_SOURCE : 0)
            | (ownSource && p.sourceIp().length == 16 ? StateFormat.SOURCE_IPV6 : 0)
            | (key != null ? StateFormat.HAS_KEY : 0)
            | (p.reachable() ? StateFormat.REACHABLE : 0)
            | (p.supportCrypto() ? StateFormat.SUPPORT_CRYPTO : 0)
            | (p.requireCrypto() ? StateFormat.REQUIRE_CRYPTO : 0);
    b.put((byte) flags).put(p.peerId()).put(p.ip()).putShort((short) p.port());
    if (ownSource) {
      b.put(p.sourceIp());
    }
    if (key != null) {
      b.put((byte) key.length).put(key);
    }
    putVarint(b, p.left());
    long age = savedAt - p.lastSeen();
    putVarint(b, (age << 1) ^ (age >> 63));
  }

  static void putVarint(ByteBuffer b, long v) {
    while ((v & ~0x7FL) != 0) {
      b.put((byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    b.put((byte) v);
  }

  /** Makes the rename itself durable; not every platform can open a directory, so best effort. */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | RuntimeException ignored) {
      // the file's own data is on disk already; only the rename might be replayed late
    }
  }
}
