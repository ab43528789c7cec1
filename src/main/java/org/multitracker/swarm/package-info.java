/**
 * Swarms in memory: one {@link org.multitracker.swarm.Swarm} per torrent, each guarded by its own
 * lock, in a concurrent map (no global lock on the announce path). Peers that may be handed out are
 * kept in arrays per address family and role, so a random pick costs O(numwant). Memory is bounded
 * (max_torrents, max_peers, max_peers_per_torrent) whatever clients send.
 */
package org.multitracker.swarm;
