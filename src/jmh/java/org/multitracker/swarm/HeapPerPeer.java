package org.multitracker.swarm;

import java.util.SplittableRandom;
import org.multitracker.metainfo.InfoHash;

/**
 * Heap cost of one peer in the swarm store alone (no server): one peer on each of 10,000 torrents,
 * then 1,000,000 peers as bench/run.sh loads them (peer p to torrent p % 10,000, a quarter seeds);
 * prints (heap after - heap before) / (peers added), each read after full GCs.
 */
public final class HeapPerPeer {
  private HeapPerPeer() {}

  public static void main(String[] args) throws InterruptedException {
    int torrents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int peers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Swarms swarms = new Swarms();
    InfoHash[] hashes = new InfoHash[torrents];
    for (int t = 0; t < torrents; t++) {
      byte[] h = new byte[20];
      new SplittableRandom(t).nextBytes(h);
      hashes[t] = new InfoHash(h);
    }
    PeerSelection out = new PeerSelection();
    announce(swarms, hashes, 0, torrents, out);
    long before = usedAfterGc();
    announce(swarms, hashes, 0, peers, out);
    long after = usedAfterGc();
    System.out.printf(
        "%d peers over %d torrents: heap %.1f -> %.1f MiB, %.1f bytes per peer%n",
        peers,
        torrents,
        before / 1048576.0,
        after / 1048576.0,
        (after - before) / (double) (peers - torrents));
  }

  private static void announce(
      Swarms swarms, InfoHash[] hashes, int from, int to, PeerSelection out) {
    byte[] ip = {127, 0, 0, 1};
    for (int p = from; p < to; p++) {
      out.reset();
      PeerId id = new PeerId(String.format("-BN0001-%012d", p).getBytes());
      swarms.announce(
          new PeerAnnounce(
              hashes[p % hashes.length],
              id,
              ip,
              ip,
              1024 + p % 64511,
              0,
              0,
              p % 4 == 0 ? 0 : 1_048_576,
              false,
              false,
              null,
              false,
              false,
              true,
              50),
          0,
          out);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
