package org.multitracker.swarm;

/**
 * What the swarm store holds against its limits, and what the limits turned away: new torrents
 * refused at max_torrents, new peers answered but not stored, lonely torrents evicted.
 */
public record SwarmUsage(
    long torrents,
    int maxTorrents,
    int peers,
    int maxPeers,
    int maxPeersPerTorrent,
    long refusedTorrents,
    long unstoredPeers,
    long evictedTorrents) {}
