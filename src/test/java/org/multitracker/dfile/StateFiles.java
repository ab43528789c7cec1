package org.multitracker.dfile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

/** Test states: small hand-made swarms and large generated ones. */
final class StateFiles {
  static final long NOW = 1_780_000_000_000L;

  private StateFiles() {}

  static byte[] filled(int n, int b) {
    byte[] a = new byte[n];
    Arrays.fill(a, (byte) b);
    return a;
  }

  static InfoHash hash(int n) {
    byte[] h = new byte[20];
    h[0] = (byte) (n >>> 24);
    h[1] = (byte) (n >>> 16);
    h[2] = (byte) (n >>> 8);
    h[3] = (byte) n;
    h[19] = 1;
    return new InfoHash(h);
  }

  /** Two peers: an IPv4 seed with a key, an IPv6 leecher behind another source address. */
  static SavedSwarm small(int b) {
    SavedPeer v4 =
        new SavedPeer(
            filled(20, 1),
            new byte[] {10, 0, 0, 1},
            6881,
            new byte[] {10, 0, 0, 1},
            "k".getBytes(),
            0,
            NOW - 1234,
            true,
            true,
            false);
    SavedPeer v6 =
        new SavedPeer(
            filled(20, 2),
            filled(16, 3),
            51413,
            new byte[] {(byte) 192, 0, 2, 7},
            null,
            99,
            NOW - 5678,
            false,
            true,
            true);
    return new SavedSwarm(new InfoHash(filled(20, b)), 7, List.of(v4, v6));
  }

  /** A generated peer: distinct id and address, a quarter seeds, most with a key. */
  static SavedPeer peer(int n) {
    return peer(n, NOW);
  }

  static SavedPeer peer(int n, long now) {
    byte[] id = String.format("-GN0001-%012d", n).getBytes();
    byte[] ip = {10, (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    byte[] key = n % 8 == 0 ? null : String.format("%08x", n).getBytes();
    return new SavedPeer(
        id,
        ip,
        1024 + n % 60_000,
        ip,
        key,
        n % 4 == 0 ? 0 : 1L << 30,
        now - n % 600_000,
        true,
        n % 3 == 0,
        false);
  }

  /** {@code peersPerTorrent} generated peers on each of {@code torrents} torrents. */
  static void writeLarge(Path file, int torrents, int peersPerTorrent) throws IOException {
    writeLarge(file, torrents, peersPerTorrent, NOW);
  }

  /** Peers last seen up to ten minutes before {@code now}. */
  static void writeLarge(Path file, int torrents, int peersPerTorrent, long now)
      throws IOException {
    try (StateWriter w = new StateWriter(file, now)) {
      int n = 0;
      for (int t = 0; t < torrents; t++) {
        List<SavedPeer> peers = new ArrayList<>(peersPerTorrent);
        for (int i = 0; i < peersPerTorrent; i++) {
          peers.add(peer(n++, now));
        }
        w.add(new SavedSwarm(hash(t), t, peers));
      }
      w.commit();
    }
  }
}
