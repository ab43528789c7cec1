package org.multitracker.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of IPv4 and IPv6 address ranges, held as sorted, merged, disjoint intervals so
 * that {@link #contains} is a binary search without allocation.
 */
public final class IpRanges {

  private static final IpRanges EMPTY = new Builder().build();

  // IPv4 bounds as unsigned 32-bit values, so plain long comparison orders them.
  private final long[] v4Starts;
  private final long[] v4Ends;
  // IPv6 bounds as (high, low) halves, compared unsigned.
  private final long[] v6StartHi;
  private final long[] v6StartLo;
  private final long[] v6EndHi;
  private final long[] v6EndLo;

  private IpRanges(long[] v4Starts, long[] v4Ends, List<long[]> v6) {
    this.v4Starts = v4Starts;
    this.v4Ends = v4Ends;
    int n = v6.size();
    v6StartHi = new long[n];
    v6StartLo = new long[n];
    v6EndHi = new long[n];
    v6EndLo = new long[n];
    for (int i = 0; i < n; i++) {
      long[] r = v6.get(i);
      v6StartHi[i] = r[0];
      v6StartLo[i] = r[1];
      v6EndHi[i] = r[2];
      v6EndLo[i] = r[3];
    }
  }

  public static IpRanges empty() {
    return EMPTY;
  }

  /**
   * Reads BitTornado's {@code allowed_ips} format: one {@code address/length} subnet or bare
   * address a line, IPv4 or IPv6; blank lines and lines starting with '#' are skipped.
   *
   * @throws IllegalArgumentException naming the first malformed line
   */
  public static IpRanges parseSubnets(List<String> lines) {
    return IpListParser.parseSubnets(lines);
  }

  /**
   * Reads BitTornado's {@code banned_ips} format: {@code comment:first-last}, where the comment is
   * optional, and also accepts a bare address or a subnet on a line. Blank lines and lines starting
   * with '#' are skipped.
   *
   * @throws IllegalArgumentException naming the first malformed line
   */
  public static IpRanges parseRanges(List<String> lines) {
    return IpListParser.parseRanges(lines);
  }

  /**
   * Whether {@code ip} (4 or 16 bytes) lies in one of the ranges. An IPv4-mapped IPv6 address is
   * looked up as its IPv4 address.
   */
  public boolean contains(byte[] ip) {
    if (ip.length == 4 || IpAddresses.isMapped(ip)) {
      return containsV4(v4(ip, ip.length - 4));
    }
    if (ip.length != 16) {
      throw new IllegalArgumentException("not an IP address: " + ip.length + " bytes");
    }
    return containsV6(half(ip, 0), half(ip, 8));
  }

  public boolean isEmpty() {
    return v4Starts.length == 0 && v6StartHi.length == 0;
  }

  /** The number of disjoint ranges left after merging overlapping and adjacent ones. */
  public int rangeCount() {
    return v4Starts.length + v6StartHi.length;
  }

  private boolean containsV4(long value) {
    int i = Arrays.binarySearch(v4Starts, value);
    if (i >= 0) {
      return true;
    }
    int before = -i - 2;
    return before >= 0 && v4Ends[before] >= value;
  }

  private boolean containsV6(long hi, long lo) {
    // Find the last range starting at or before the address.
    int low = 0;
    int high = v6StartHi.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (compare(v6StartHi[mid], v6StartLo[mid], hi, lo) <= 0) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found >= 0 && compare(v6EndHi[found], v6EndLo[found], hi, lo) >= 0;
  }

  /** The IPv4 address at {@code ip[offset..offset+4)} as an unsigned value. */
  static long v4(byte[] ip, int offset) {
    return (ip[offset] & 0xffL) << 24
        | (ip[offset + 1] & 0xff) << 16
        | (ip[offset + 2] & 0xff) << 8
        | ip[offset + 3] & 0xff;
  }

  /** Eight bytes of an IPv6 address from {@code offset} as one long. */
  static long half(byte[] ip, int offset) {
    long v = 0;
    for (int i = offset; i < offset + 8; i++) {
      v = v << 8 | (ip[i] & 0xff);
    }
    return v;
  }

  static int compare(long hiA, long loA, long hiB, long loB) {
    int c = Long.compareUnsigned(hiA, hiB);
    return c != 0 ? c : Long.compareUnsigned(loA, loB);
  }

  /** Collects ranges in any order, overlapping or not; {@link #build} sorts and merges them. */
  static final class Builder {

    private static final long MAX_V4 = 0xffff_ffffL;

    // Each IPv4 range packed as start << 32 | end, sign-flipped so that a signed sort orders it
    // as unsigned: one primitive array instead of an object per line.
    private long[] v4 = new long[64];
    private int v4Count;
    private final List<long[]> v6 = new ArrayList<>();

    void addV4(long start, long end) {
      if (start < 0 || end > MAX_V4 || start > end) {
        throw new IllegalArgumentException("bad IPv4 range");
      }
      if (v4Count == v4.length) {
        v4 = Arrays.copyOf(v4, v4Count * 2);
      }
      v4[v4Count++] = (start << 32 | end) ^ Long.MIN_VALUE;
    }

    void addV6(long startHi, long startLo, long endHi, long endLo) {
      if (compare(startHi, startLo, endHi, endLo) > 0) {
        throw new IllegalArgumentException("bad IPv6 range");
      }
      v6.add(new long[] {startHi, startLo, endHi, endLo});
    }

    IpRanges build() {
      long[] packed = Arrays.copyOf(v4, v4Count);
      Arrays.sort(packed);
      long[] starts = new long[v4Count];
      long[] ends = new long[v4Count];
      int n = 0;
      for (long p : packed) {
        long u = p ^ Long.MIN_VALUE;
        long start = u >>> 32;
        long end = u & MAX_V4;
        if (n > 0 && start <= ends[n - 1] + 1) {
          ends[n - 1] = Math.max(ends[n - 1], end);
        } else {
          starts[n] = start;
          ends[n] = end;
          n++;
        }
      }
      return new IpRanges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), mergeV6());
    }

    private List<long[]> mergeV6() {
      List<long[]> sorted = new ArrayList<>(v6);
      sorted.sort((a, b) -> compare(a[0], a[1], b[0], b[1]));
      List<long[]> merged = new ArrayList<>(sorted.size());
      long[] current = null;
      for (long[] r : sorted) {
        if (current != null && touches(current, r)) {
          if (compare(r[2], r[3], current[2], current[3]) > 0) {
            current[2] = r[2];
            current[3] = r[3];
          }
        } else {
          current = r.clone();
          merged.add(current);
        }
      }
      return merged;
    }

    /** Whether {@code next}, starting at or after {@code current}, overlaps or abuts it. */
    private static boolean touches(long[] current, long[] next) {
      if (compare(next[0], next[1], current[2], current[3]) <= 0) {
        return true;
      }
      long lo = current[3] + 1;
      long hi = lo == 0 ? current[2] + 1 : current[2];
      return next[0] == hi && next[1] == lo;
    }
  }
}
