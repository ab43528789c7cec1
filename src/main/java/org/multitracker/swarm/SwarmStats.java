package org.multitracker.swarm;

import org.multitracker.metainfo.InfoHash;

/** A torrent's counts: seeds, leechers and completed downloads. */
public record SwarmStats(InfoHash infoHash, int complete, int incomplete, long downloaded) {
  public static SwarmStats empty(InfoHash infoHash) {
    return new SwarmStats(infoHash, 0, 0, 0);
  }
}
