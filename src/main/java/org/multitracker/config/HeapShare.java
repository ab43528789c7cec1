package org.multitracker.config;

/**
 * Default swarm limits sized from the JVM's maximum heap, so a flood of made-up torrents or peer
 * ids fills at most a known share of it. A torrent with one peer costs about 490 bytes and a
 * further peer about 140 (heap used after GC for 200,000 of each, 64-bit JVM with compressed
 * pointers), so max_torrents one-peer torrents take under a quarter of the heap, max_peers peers
 * about 36%, and the worst mix of both about half. -Xmx512m (about 455 MiB usable with the parallel
 * collector) gives 233,000 torrents and 1,240,000 peers: a dfile of 1,000,000 peers fits.
 */
final class HeapShare {
  static final int BYTES_PER_TORRENT = 2048;
  static final int BYTES_PER_PEER = 384;

  /** One torrent may hold at most this share of max_peers. */
  static final int PEERS_PER_TORRENT_DIVISOR = 8;

  private HeapShare() {}

  static int defaultMaxTorrents() {
    return share(BYTES_PER_TORRENT);
  }

  static int defaultMaxPeers() {
    return share(BYTES_PER_PEER);
  }

  static int defaultMaxPeersPerTorrent() {
    return Math.max(1, defaultMaxPeers() / PEERS_PER_TORRENT_DIVISOR);
  }

  private static int share(int bytesEach) {
    long heap = Runtime.getRuntime().maxMemory();
    if (heap == Long.MAX_VALUE) {
      heap = 512L << 20; // no limit known: size for WildFly's default heap
    }
    return (int) Math.max(1000, Math.min(100_000_000, heap / bytesEach));
  }
}
