package org.multitracker.scrape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.swarm.Swarms;

/**
 * Which torrents the tracker reports: with allowed_dir or allowed_list, exactly the allowed ones
 * (with zero counts before their first peer, as bttrack); otherwise every live swarm.
 */
@ApplicationScoped
public class TrackedTorrents {
  @Inject Swarms swarms;
  @Inject AllowedTorrents allowed;

  /** Every tracked torrent, in info hash order (the order of bencoded keys). */
  public List<TrackedTorrent> all() {
    List<TrackedTorrent> all = new ArrayList<>();
    if (allowed.isRestricted()) {
      for (InfoHash h : allowed.current().hashes()) {
        all.add(tracked(h));
      }
    } else {
      for (SwarmStats s : swarms.allStats()) {
        all.add(new TrackedTorrent(s.infoHash(), s, Optional.empty()));
      }
    }
    all.sort(Comparator.comparing(TrackedTorrent::infoHash));
    return all;
  }

  public Optional<TrackedTorrent> one(InfoHash infoHash) {
    if (allowed.isRestricted()) {
      return allowed.allows(infoHash) ? Optional.of(tracked(infoHash)) : Optional.empty();
    }
    return swarms.stats(infoHash).map(s -> new TrackedTorrent(infoHash, s, Optional.empty()));
  }

  private TrackedTorrent tracked(InfoHash h) {
    Optional<AllowedTorrent> file = allowed.get(h);
    return new TrackedTorrent(h, swarms.stats(h).orElse(SwarmStats.empty(h)), file);
  }
}
