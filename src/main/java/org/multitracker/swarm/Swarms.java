package org.multitracker.swarm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;

/**
 * All swarms of this tracker, in memory. The map is concurrent and each swarm has its own lock, so
 * announces for different torrents never wait for each other.
 *
 * <p>Memory is bounded whatever clients send: at max_torrents a new torrent is refused (the map's
 * own count is read, no lock), a new peer beyond max_peers or max_peers_per_torrent is answered but
 * not stored, and {@link #trim()} evicts the longest idle torrents holding at most one peer, which
 * is what a flood of made-up info hashes leaves behind.
 */
@ApplicationScoped
public class Swarms {
  /** trim() starts above this share of max_torrents (in tenths) ... */
  static final int TRIM_ABOVE_TENTHS = 9;

  /** ... and evicts down to this share, so new torrents find room between two trims. */
  static final int TRIM_TO_TENTHS = 8;

  private final ConcurrentHashMap<InfoHash, Swarm> swarms = new ConcurrentHashMap<>();
  private final PeerBudget budget = new PeerBudget();
  private final LongAdder refusedTorrents = new LongAdder();
  private final LongAdder evictedTorrents = new LongAdder();
  private volatile int maxTorrents = Integer.MAX_VALUE;
  LongSupplier clock = System::currentTimeMillis;

  @Inject
  void limit(TrackerConfig config) {
    limit(config.maxTorrents(), config.maxPeers(), config.maxPeersPerTorrent());
  }

  void limit(int maxTorrents, int maxPeers, int maxPeersPerTorrent) {
    this.maxTorrents = maxTorrents;
    budget.limit(maxPeers, maxPeersPerTorrent);
  }

  /**
   * Records an announce and picks peers for the client into {@code out}. Returns false, having
   * changed nothing, when the announce would start a new torrent and max_torrents is reached.
   */
  public boolean announce(PeerAnnounce a, int natCheckTries, PeerSelection out) {
    while (true) {
      Swarm swarm = swarms.get(a.infoHash());
      if (swarm == null) {
        if (a.stopped()) {
          return true; // stopping in an unknown swarm: nothing to change, counts are zero
        }
        // Read before inserting, so concurrent announces may overshoot by a few: no lock.
        if (swarms.mappingCount() >= maxTorrents) {
          refusedTorrents.increment();
          return false;
        }
        swarm = swarms.computeIfAbsent(a.infoHash(), this::newSwarm);
      }
      if (swarm.announce(a, natCheckTries, clock.getAsLong(), out)) {
        return true;
      }
      swarms.remove(a.infoHash(), swarm); // dropped under us: retry with a fresh swarm
    }
  }

  private Swarm newSwarm(InfoHash infoHash) {
    return new Swarm(infoHash, budget, clock.getAsLong());
  }

  /**
   * Above 90% of max_torrents, evicts the least recently active torrents that hold at most one peer
   * until 80% remain (or no such torrent is left). Torrents with two peers or more are never
   * evicted. Two passes over the map, off the announce path; returns how many were evicted.
   */
  public int trim() {
    long count = swarms.mappingCount();
    long max = maxTorrents;
    if (count * 10 < max * TRIM_ABOVE_TENTHS) {
      return 0;
    }
    long wanted = count - max * TRIM_TO_TENTHS / 10;
    long cutoff = idleCutoff(wanted);
    int evicted = 0;
    for (Swarm swarm : swarms.values()) {
      if (evicted >= wanted) {
        break;
      }
      if (swarm.evictIfLonely(cutoff)) {
        swarms.remove(swarm.infoHash, swarm);
        evicted++;
      }
    }
    evictedTorrents.add(evicted);
    return evicted;
  }

  /** The last-activity time at or before which {@code wanted} lonely torrents were last seen. */
  private long idleCutoff(long wanted) {
    long[] since = new long[swarms.size()];
    int n = 0;
    for (Swarm swarm : swarms.values()) {
      long t = swarm.lonelySince();
      if (t != Long.MAX_VALUE && n < since.length) {
        since[n++] = t;
      }
    }
    if (n == 0) {
      return Long.MIN_VALUE;
    }
    Arrays.sort(since, 0, n);
    return since[(int) Math.min(wanted, n) - 1];
  }

  public SwarmUsage usage() {
    return new SwarmUsage(
        swarms.mappingCount(),
        maxTorrents,
        budget.stored(),
        budget.max(),
        budget.perTorrent(),
        refusedTorrents.sum(),
        budget.unstored(),
        evictedTorrents.sum());
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
      InfoHash infoHash,
      PeerId id,
      boolean seed,
      boolean ipv6,
      int want,
      boolean crypto,
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
   * at most for one swarm's copy, and the store is never copied whole (the state file is written as
   * the copies come).
   */
  public void saveEach(Consumer<SavedSwarm> sink) {
    for (Swarm swarm : swarms.values()) {
      sink.accept(swarm.save());
    }
  }

  /**
   * Adds saved peers (and the completed count) to the torrent's swarm; may be called several times
   * per torrent, a part of its peers each time. Beyond max_torrents (or the peer limits) what does
   * not fit is left out.
   */
  public void restore(SavedSwarm saved) {
    while (true) {
      if (!swarms.containsKey(saved.infoHash()) && swarms.mappingCount() >= maxTorrents) {
        refusedTorrents.increment();
        return;
      }
      Swarm swarm = swarms.computeIfAbsent(saved.infoHash(), this::newSwarm);
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
