package org.multitracker.swarm;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.multitracker.metainfo.InfoHash;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One announce into the swarm store, as in bench/run.sh: 1,000 torrents of 100 peers (a quarter
 * seeds), a random known peer re-announces and gets 50 peers back.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SwarmAnnounceBenchmark {
  private static final int TORRENTS = 1000;
  private static final int PEERS = 100_000;
  private static final byte[] LOCAL = {127, 0, 0, 1};

  private final Swarms swarms = new Swarms();
  private final PeerSelection out = new PeerSelection();
  private final SplittableRandom random = new SplittableRandom(1);
  private InfoHash[] hashes;
  private PeerAnnounce[] announces;

  @Setup
  public void fill() {
    hashes = new InfoHash[TORRENTS];
    for (int t = 0; t < TORRENTS; t++) {
      byte[] h = new byte[20];
      new SplittableRandom(t).nextBytes(h);
      hashes[t] = new InfoHash(h);
    }
    announces = new PeerAnnounce[PEERS];
    for (int p = 0; p < PEERS; p++) {
      announces[p] = announceOf(p);
      out.reset();
      swarms.announce(announces[p], 0, out);
    }
  }

  private PeerAnnounce announceOf(int p) {
    byte[] id = String.format("-BN0001-%012d", p).getBytes();
    return new PeerAnnounce(
        hashes[p % TORRENTS],
        new PeerId(id),
        LOCAL,
        LOCAL,
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
        50);
  }

  @Benchmark
  public int announceAndPick50() {
    out.reset();
    swarms.announce(announces[random.nextInt(PEERS)], 0, out);
    return out.count();
  }
}
