package org.multitracker.wire;

import java.util.List;

/**
 * A validated scrape: the info hashes asked for, in query order. Empty asks for a full scrape,
 * which the caller may refuse.
 */
public record ScrapeRequest(List<byte[]> infoHashes) {

  /** Caps the response a single scrape can demand. */
  public static final int MAX_INFO_HASHES = 1000;

  /**
   * The parameter cap to pass to {@link RawQuery#parse(String, int)} for a scrape query: room for
   * every allowed info hash plus a few other parameters.
   */
  public static final int MAX_QUERY_PARAMETERS = MAX_INFO_HASHES + 16;

  public ScrapeRequest {
    infoHashes = List.copyOf(infoHashes);
  }

  /**
   * Collects every {@code info_hash} value of {@code q}.
   *
   * @throws GarbageRequestException when there are too many or one is not 20 bytes long
   */
  public static ScrapeRequest from(RawQuery q) {
    List<byte[]> hashes = q.all("info_hash");
    if (hashes.size() > MAX_INFO_HASHES) {
      throw new GarbageRequestException("too many info hashes");
    }
    for (byte[] hash : hashes) {
      if (hash.length != AnnounceRequest.HASH_LENGTH) {
        throw new GarbageRequestException("info hash not of length 20");
      }
    }
    return new ScrapeRequest(hashes);
  }

  public boolean isFullScrape() {
    return infoHashes.isEmpty();
  }
}
