package org.multitracker.scrape;

import java.util.Optional;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SwarmStats;

/** A torrent as scrape and the info page show it: its counts and, from allowed_dir, its file. */
public record TrackedTorrent(InfoHash infoHash, SwarmStats stats, Optional<AllowedTorrent> file) {

  /** The name to show, when show_names is on and allowed_dir gave one. */
  public String name(boolean showNames) {
    return showNames ? file.map(f -> f.meta().name()).orElse(null) : null;
  }
}
