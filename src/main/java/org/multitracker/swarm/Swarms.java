package org.multitracker.swarm;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.multitracker.metainfo.InfoHash;

/**
 * All swarms of this tracker, in memory. The map is concurrent and each swarm has its own lock,
 * so announces for different torrents never wait for each other.
 */
@ApplicationScoped
public class Swarms {
  private final ConcurrentHashMap<InfoHash, Swarm> swarms = new ConcurrentHashMap<>();
  LongSupplier clock = System::currentTimeMillis;

  /** Records an announce and picks peers for the client into {@code out}. */
  public void announce(PeerAnnounce a, int natCheckTries, PeerSelection out) {
    while (true) {
      Swarm swarm =
          a.stopped()
              ? swarms.get(a.infoHash())
              : swarms.computeIfAbsent(a.infoHash(), Swarm::new);
      if (swarm == null) {
        return; // stopping in an unknown swarm: nothing to change, counts are zero
      }
      if (swarm.announce(a, natCheckTries, clock.getAsLong(), out)) {
        return;
      }
      swarms.remove(a.infoHash(), swarm); // dropped under us: retry with a fresh swarm
    }
  }

  /** Peers of our own clients for another tracker's poll; records nothing about the poller. */
  public void pickForTracker(InfoHash infoHash, int want, PeerSelection out) {
    Swarm swarm = swarms.get(infoHash);
    if (swarm != null) {
      swarm.pickForTracker(want, out);
    }
  }

  /** Picks peers again for a client that announced already; records nothing. */
  public void pickAgain(
      InfoHash infoHash, PeerId id, boolean seed, boolean ipv6, int want, boolean crypto,
      PeerSelection out) {
    Swarm swarm = swarms.get(infoHash);
    if (swarm != null) {
      swarm.pickAgain(id, seed, ipv6, want, crypto, out);
    }
  }

  /** Hands a peer out once a NAT check found it reachable. */
  public void natChecked(InfoHash infoHash, Endpoint endpoint, boolean reachable) {
    Swarm swarm = swarms.get(infoHash);
    if (swarm != null) {
      swarm.natChecked(endpoint, reachable);
    }
  }

  /**
   * Drops peers not seen for {@code timeoutMillis}; swarms left empty go too unless {@code
   * keepDead}.
   */
  public int expire(long timeoutMillis, boolean keepDead) {
    long cutoff = clock.getAsLong() - timeoutMillis;
    int dropped = 0;
    for (Swarm swarm : swarms.values()) {
      if (swarm.expire(cutoff, keepDead)) {
        swarms.remove(swarm.infoHash, swarm);
        dropped++;
      }
    }
    return dropped;
  }

  /** Stops tracking a torrent and forgets its peers (its file left allowed_dir). */
  public void drop(InfoHash infoHash) {
    Swarm swarm = swarms.remove(infoHash);
    if (swarm != null) {
      swarm.drop();
    }
  }

  /**
   * Hands every swarm to {@code sink}, copied one at a time under its own lock: an announce waits
   * at most for one swarm's copy, and the store is never copied whole (the state file is written
   * as the copies come).
   */
  public void saveEach(Consumer<SavedSwarm> sink) {
    for (Swarm swarm : swarms.values()) {
      sink.accept(swarm.save());
    }
  }

  /**
   * Adds saved peers (and the completed count) to the torrent's swarm; may be called several
   * times per torrent, a part of its peers each time.
   */
  public void restore(SavedSwarm saved) {
    while (true) {
      Swarm swarm = swarms.computeIfAbsent(saved.infoHash(), Swarm::new);
      if (swarm.restore(saved)) {
        return;
      }
      swarms.remove(saved.infoHash(), swarm); // expired under us: retry with a fresh swarm
    }
  }

  /** Forgets every swarm: a restore that ran out of memory leaves the store empty, not half. */
  public void clear() {
    for (InfoHash infoHash : swarms.keySet()) {
      drop(infoHash);
    }
  }

  public Optional<SwarmStats> stats(InfoHash infoHash) {
    Swarm swarm = swarms.get(infoHash);
    return swarm == null ? Optional.empty() : Optional.of(swarm.stats());
  }

  /** A snapshot of every swarm's counts (for full scrape and the info page). */
  public List<SwarmStats> allStats() {
    List<SwarmStats> all = new ArrayList<>(swarms.size());
    for (Swarm swarm : swarms.values()) {
      all.add(swarm.stats());
    }
    return all;
  }
}
