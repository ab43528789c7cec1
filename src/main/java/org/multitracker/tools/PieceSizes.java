package org.multitracker.tools;

/**
 * Piece sizes as powers of two. The automatic choice follows BitTornado's table (one step per
 * fourfold size: 256 KiB above 64 MiB up to 2 MiB above 8 GiB) with one more step, 4 MiB above 32
 * GiB, and 256 KiB as the floor: smaller pieces only inflate the hash list of small torrents
 * without helping any client.
 */
final class PieceSizes {

  static final int MIN_POW2 = 15;
  static final int MAX_POW2 = 24;

  private static final long MIB = 1024L * 1024;

  private PieceSizes() {}

  static int automaticPow2(long totalLength) {
    if (totalLength > 32 * 1024 * MIB) {
      return 22;
    } else if (totalLength > 8 * 1024 * MIB) {
      return 21;
    } else if (totalLength > 2 * 1024 * MIB) {
      return 20;
    } else if (totalLength > 512 * MIB) {
      return 19;
    }
    return 18;
  }

  /** Parses a {@code --piece_size_pow2} value. */
  static int parsePow2(String text) {
    int pow2;
    try {
      pow2 = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UsageException("--piece_size_pow2 must be a number, got \"" + text + "\"");
    }
    if (pow2 < MIN_POW2 || pow2 > MAX_POW2) {
      throw new UsageException(
          "--piece_size_pow2 must be between " + MIN_POW2 + " and " + MAX_POW2 + ", got " + pow2);
    }
    return pow2;
  }
}
