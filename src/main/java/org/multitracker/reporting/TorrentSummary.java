package org.multitracker.reporting;

import java.time.Instant;

/**
 * A torrent of the cluster: its current peers (deduplicated by peer id) split into seeds and
 * leechers, and its all-time announce and completion counts.
 */
public record TorrentSummary(
    String infoHash, long peers, long seeds, long completions, long announces, Instant lastSeen) {
  public long leechers() {
    return peers - seeds;
  }
}
