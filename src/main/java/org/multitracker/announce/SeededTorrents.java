package org.multitracker.announce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.wire.AnnounceRequest;

/**
 * Torrents that the dedicated seed (dedicated_seed_id) has announced as complete: clients asking
 * check_seeded=1 are told "seeded: 1". Only the operator's seed can add to it.
 */
@ApplicationScoped
public class SeededTorrents {
  @Inject TrackerConfig config;

  private final Set<InfoHash> seeded = ConcurrentHashMap.newKeySet();

  /** Notes the operator's seed when this is it, and says whether to answer "seeded: 1". */
  boolean answerSeeded(AnnounceRequest r, InfoHash infoHash) {
    String seedId = config.dedicatedSeedId();
    if (seedId.isEmpty()) {
      return false;
    }
    if (r.left() == 0
        && r.seedId() != null
        && Arrays.equals(r.seedId(), seedId.getBytes(StandardCharsets.UTF_8))) {
      seeded.add(infoHash);
    }
    return r.checkSeeded() && seeded.contains(infoHash);
  }
}
