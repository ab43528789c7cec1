package org.multitracker.swarm;

import java.util.List;
import org.multitracker.metainfo.InfoHash;

/** A torrent's completed count and peers, as saved in the state file (dfile). */
public record SavedSwarm(InfoHash infoHash, long completed, List<SavedPeer> peers) {}
