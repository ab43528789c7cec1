package org.multitracker.reporting;

import java.time.Instant;

/**
 * A chart's time axis: {@code count} buckets of {@code seconds}, the last one holding now, aligned
 * to multiples of the bucket length in epoch seconds (minutes and hours in UTC).
 */
record Buckets(int seconds, int count, long firstStart) {

  static Buckets ending(Instant now, int seconds, int count) {
    long current = Math.floorDiv(now.getEpochSecond(), seconds) * seconds;
    return new Buckets(seconds, count, current - (long) (count - 1) * seconds);
  }

  Instant start() {
    return Instant.ofEpochSecond(firstStart);
  }

  long[] starts() {
    long[] t = new long[count];
    for (int i = 0; i < count; i++) {
      t[i] = firstStart + (long) i * seconds;
    }
    return t;
  }

  /** The index of the bucket starting at {@code start} epoch seconds, or -1 outside the axis. */
  int indexOf(long start) {
    long i = (start - firstStart) / seconds;
    return start < firstStart || i >= count ? -1 : (int) i;
  }

  /**
   * SQL for the start (epoch seconds) of an announce's bucket. The length is an int the server
   * chose, so it is written into the SQL: PostgreSQL wants the GROUP BY expression to be the select
   * expression, which a bind parameter in each would not be.
   */
  String startSql() {
    return startSql("announced_at");
  }

  String startSql(String column) {
    return "FLOOR(EXTRACT(EPOCH FROM " + column + ") / " + seconds + ") * " + seconds;
  }
}
