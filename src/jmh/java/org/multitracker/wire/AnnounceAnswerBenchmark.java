package org.multitracker.wire;

import java.util.concurrent.TimeUnit;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.PeerSelection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Bencoding an announce answer with 50 compact IPv4 peers (numwant=50, the bench's answer). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AnnounceAnswerBenchmark {
  private final BencodeWriter writer = new BencodeWriter();
  private final PeerSelection selection = new PeerSelection();
  private final byte[] scratch = new byte[18 * 1000];
  private final AnnounceResponseWriter.Options compact =
      new AnnounceResponseWriter.Options(1800, true, false, false, false, false, false, null);
  private final AnnounceResponseWriter.Options dict =
      new AnnounceResponseWriter.Options(1800, false, false, false, false, false, false, null);

  @Setup
  public void pickPeers() {
    for (int i = 0; i < 50; i++) {
      byte[] id = ("-BN0001-" + String.format("%012d", i)).getBytes();
      byte[] ip = {10, 0, (byte) (i >> 8), (byte) i};
      selection.add(Endpoint.of(id, ip, 6881 + i, false));
    }
  }

  @Benchmark
  public int compactAnswer() {
    writer.reset();
    AnnounceResponseWriter.write(writer, selection, compact, scratch);
    return writer.size();
  }

  /** The old dictionary form (compact=0): rare, shown for the contrast. */
  @Benchmark
  public int dictionaryAnswer() {
    writer.reset();
    AnnounceResponseWriter.write(writer, selection, dict, scratch);
    return writer.size();
  }
}
