package org.multitracker.reporting;

import java.time.Instant;

/** A torrent of the aggregator's torrent list: figures from torrent_totals and the rollups. */
public record ClusterTorrent(
    String infoHash,
    long currentPeers,
    long peersToday,
    long completions,
    long announces,
    Instant lastSeen) {}
