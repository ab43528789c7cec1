package org.multitracker.announce;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.multitracker.metainfo.InfoHash;

/**
 * Torrents that the dedicated seed (dedicated_seed_id) has announced as complete: clients asking
 * check_seeded=1 are told "seeded: 1". Only the operator's seed can add to it.
 */
@ApplicationScoped
public class SeededTorrents {
  private final Set<InfoHash> seeded = ConcurrentHashMap.newKeySet();

  void markSeeded(InfoHash infoHash) {
    seeded.add(infoHash);
  }

  boolean isSeeded(InfoHash infoHash) {
    return seeded.contains(infoHash);
  }
}
