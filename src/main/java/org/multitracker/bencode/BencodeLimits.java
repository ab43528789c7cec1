package org.multitracker.bencode;

/**
 * Bounds applied while decoding untrusted input.
 *
 * @param maxDepth most containers open at once; capped at {@link #MAX_DEPTH_CEILING} because the
 *     decoder recurses once per level
 * @param maxStringLength longest byte string accepted
 * @param maxInputSize longest input accepted
 * @param requireSortedKeys whether dictionary keys must be strictly ascending; duplicate keys are
 *     rejected either way
 */
public record BencodeLimits(
    int maxDepth, int maxStringLength, int maxInputSize, boolean requireSortedKeys) {

  public static final int MAX_DEPTH_CEILING = 1000;

  private static final int MIB = 1024 * 1024;

  /**
   * Torrent files: canonical encoding required. 16 MiB is far above real metainfo (a 1 TiB torrent
   * with 16 MiB pieces has 1.3 MB of piece hashes) yet bounds the memory an upload costs.
   */
  public static final BencodeLimits TORRENT_FILE = new BencodeLimits(64, 16 * MIB, 16 * MIB, true);

  /**
   * Answers of other trackers: some emit dictionaries in insertion order, so order is not enforced.
   * Announce and scrape answers for a single torrent are small.
   */
  public static final BencodeLimits TRACKER_RESPONSE =
      new BencodeLimits(32, 4 * MIB, 4 * MIB, false);

  public BencodeLimits {
    if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxDepth must be in [1, " + MAX_DEPTH_CEILING + "], got " + maxDepth);
    }
    if (maxStringLength < 0) {
      throw new IllegalArgumentException("maxStringLength must be >= 0, got " + maxStringLength);
    }
    if (maxInputSize < 1) {
      throw new IllegalArgumentException("maxInputSize must be >= 1, got " + maxInputSize);
    }
  }

  public BencodeLimits withMaxInputSize(int size) {
    return new BencodeLimits(maxDepth, maxStringLength, size, requireSortedKeys);
  }

  public BencodeLimits withMaxStringLength(int length) {
    return new BencodeLimits(maxDepth, length, maxInputSize, requireSortedKeys);
  }

  public BencodeLimits withMaxDepth(int depth) {
    return new BencodeLimits(depth, maxStringLength, maxInputSize, requireSortedKeys);
  }

  public BencodeLimits withRequireSortedKeys(boolean required) {
    return new BencodeLimits(maxDepth, maxStringLength, maxInputSize, required);
  }
}
