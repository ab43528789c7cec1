package org.multitracker.wire;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Raw query parsing and validation of one announce as wrk's bench/announce.lua sends it. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QueryParsingBenchmark {
  // A random-looking info hash, percent-encoded as clients do (unreserved bytes literal).
  private final String query =
      "info_hash=%9c%d4%1bc%ee%02%88%a7%f1R%b4Z%3a%c0%11%e5%7f%a8%0d%b6"
          + "&peer_id=-BN0001-000000012345&port=13369&uploaded=0&downloaded=0"
          + "&left=1048576&compact=1&numwant=50";

  @Benchmark
  public RawQuery rawQuery() {
    return RawQuery.parse(query);
  }

  @Benchmark
  public AnnounceRequest announceRequest() {
    return AnnounceRequest.from(RawQuery.parse(query));
  }
}
