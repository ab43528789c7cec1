package org.multitracker.swarm;

import java.util.ArrayList;
import java.util.List;
import org.multitracker.metainfo.InfoHash;

/** The peers of one torrent. Every method holds this swarm's lock, never a global one. */
final class Swarm {
  final InfoHash infoHash;
  private final PeerBudget budget;
  private final PeerTable peers = new PeerTable();
  private final PeerList seeds4 = new PeerList();
  private final PeerList leechers4 = new PeerList();
  private final PeerList seeds6 = new PeerList();
  private final PeerList leechers6 = new PeerList();
  private int seedCount;
  private long completed;

  /** Set once the store dropped this swarm; an announce that still holds it must look again. */
  private boolean removed;

  /** When an announce last reached this swarm: under a flood, the longest idle go first. */
  private long lastActivity;

  Swarm(InfoHash infoHash, PeerBudget budget, long now) {
    this.infoHash = infoHash;
    this.budget = budget;
    this.lastActivity = now;
  }

  /** Applies one announce and fills {@code out}; false if this swarm was dropped meanwhile. */
  synchronized boolean announce(PeerAnnounce a, int natCheckTries, long now, PeerSelection out) {
    if (removed) {
      return false;
    }
    lastActivity = now;
    Peer peer = peers.get(a.peerId());
    if (a.stopped()) {
      if (peer != null && peer.mayBeChangedBy(a.key(), a.sourceIp())) {
        if (!peer.isSeed() && a.left() == 0) {
          completed++; // finished and left at once (aria2c --seed-time=0 sends no "completed")
        }
        remove(peer);
      }
      fillCounts(out);
      return true;
    }
    if (peer == null && !budget.take(peers.size())) {
      answerUnstored(a, out);
      return true;
    }
    if (peer == null) {
      peer = add(a, now, natCheckTries, out);
    } else if (peer.mayBeChangedBy(a.key(), a.sourceIp())) {
      update(peer, a, now, natCheckTries, out);
    }
    fillCounts(out);
    if (a.want() > 0) {
      select(peer, a.left() == 0, a.sourceIp().length == 16, a.want(), a.supportCrypto(), out);
    }
    return true;
  }

  /**
   * A full swarm (or store) still answers a new peer with peers, so its download can start; it is
   * not stored, so it is not handed out and not counted until a later announce finds room.
   */
  private void answerUnstored(PeerAnnounce a, PeerSelection out) {
    fillCounts(out);
    if (a.want() > 0) {
      Peer self =
          new Peer(
              Endpoint.of(a.peerId().bytes(), a.ip(), a.port(), a.requireCrypto()), a.sourceIp());
      self.left = a.left();
      select(self, a.left() == 0, a.sourceIp().length == 16, a.want(), a.supportCrypto(), out);
    }
  }

  private Peer add(PeerAnnounce a, long now, int natCheckTries, PeerSelection out) {
    Peer peer =
        new Peer(
            Endpoint.of(a.peerId().bytes(), a.ip(), a.port(), a.requireCrypto()), a.sourceIp());
    peer.key = a.key();
    peer.left = a.left();
    peer.lastSeen = now;
    peer.supportCrypto = a.supportCrypto();
    peers.add(peer);
    if (peer.isSeed()) {
      seedCount++;
    }
    if (a.completed()) {
      completed++;
    }
    admit(peer, a.local(), natCheckTries, out);
    return peer;
  }

  private void update(Peer peer, PeerAnnounce a, long now, int natCheckTries, PeerSelection out) {
    peer.lastSeen = now;
    peer.supportCrypto = a.supportCrypto();
    boolean wasSeed = peer.isSeed();
    unlist(peer);
    peer.left = a.left();
    if (!wasSeed && peer.isSeed()) {
      completed++;
      seedCount++;
    } else if (wasSeed && !peer.isSeed()) {
      // A seed that starts leeching again (new files) did not un-complete anything: bttrack
      // subtracted a completion here, we do not.
      seedCount--;
    }
    if (!peer.endpoint.isAt(a.ip(), a.port(), a.requireCrypto())) {
      peer.endpoint = Endpoint.of(a.peerId().bytes(), a.ip(), a.port(), a.requireCrypto());
      peer.reachable = false;
      peer.natFailures = 0;
      peer.setSourceIp(a.sourceIp());
    }
    if (peer.reachable) {
      list(peer);
    } else if (peer.natFailures < Math.max(natCheckTries, 1)) {
      admit(peer, a.local(), natCheckTries, out);
    }
  }

  /** Lists a peer at once when it needs no NAT check, or asks the caller to check it. */
  private void admit(Peer peer, boolean local, int natCheckTries, PeerSelection out) {
    if (peer.endpoint.port() == 0) {
      return; // port 0 (a T2T poll or a firewalled client): counted, never handed out
    }
    if (local || natCheckTries == 0) {
      peer.reachable = true;
      list(peer);
    } else {
      out.natCheck = peer.endpoint;
    }
  }

  /** The outcome of a NAT check started for {@code endpoint}; ignored if the peer moved since. */
  synchronized void natChecked(Endpoint endpoint, boolean reachable) {
    Peer peer = peers.get(endpoint);
    if (peer == null || peer.endpoint != endpoint || peer.reachable) {
      return;
    }
    if (reachable) {
      peer.reachable = true;
      list(peer);
    } else {
      peer.natCheckFailed();
    }
  }

  private void remove(Peer peer) {
    unlist(peer);
    peers.remove(peer);
    budget.release(1);
    if (peer.isSeed()) {
      seedCount--;
    }
  }

  private PeerList listOf(Peer peer) {
    boolean v6 = peer.endpoint.isIpv6();
    if (peer.isSeed()) {
      return v6 ? seeds6 : seeds4;
    }
    return v6 ? leechers6 : leechers4;
  }

  private void list(Peer peer) {
    if (peer.index < 0 && peer.reachable) {
      listOf(peer).add(peer);
    }
  }

  private void unlist(Peer peer) {
    if (peer.index >= 0) {
      listOf(peer).remove(peer);
    }
  }

  private void fillCounts(PeerSelection out) {
    out.complete = seedCount;
    out.incomplete = peers.size() - seedCount;
    out.downloaded = completed;
  }

  private void select(
      Peer self,
      boolean askerIsSeed,
      boolean askerOnIpv6,
      int want,
      boolean crypto,
      PeerSelection out) {
    int taken = 0;
    if (askerOnIpv6) {
      taken = pick(seeds6, leechers6, self, askerIsSeed, want, crypto, out);
    }
    pick(seeds4, leechers4, self, askerIsSeed, want - taken, crypto, out);
  }

  /** Seeds get only leechers; a leecher gets leechers and seeds in proportion to their numbers. */
  private static int pick(
      PeerList seeds,
      PeerList leechers,
      Peer self,
      boolean askerIsSeed,
      int want,
      boolean crypto,
      PeerSelection out) {
    if (want <= 0) {
      return 0;
    }
    int l = leechers.size() - (self.index >= 0 && !self.isSeed() ? 1 : 0);
    if (askerIsSeed) {
      return leechers.pick(want, self, crypto, out);
    }
    int s = seeds.size() - (self.index >= 0 && self.isSeed() ? 1 : 0);
    if (l + s <= want) {
      return leechers.pick(want, self, crypto, out) + seeds.pick(want, self, crypto, out);
    }
    int wantLeechers = (int) ((long) want * l / (l + s));
    int wantSeeds = Math.min(s, want - wantLeechers);
    wantLeechers = Math.min(l, want - wantSeeds);
    return leechers.pick(wantLeechers, self, crypto, out)
        + seeds.pick(wantSeeds, self, crypto, out);
  }

  /**
   * Picks peers again for a client that has already announced, changing nothing (a lonely client's
   * answer, built after the immediate T2T polls); only counts if it is gone meanwhile.
   */
  synchronized void pickAgain(
      PeerId id,
      boolean askerIsSeed,
      boolean askerOnIpv6,
      int want,
      boolean crypto,
      PeerSelection out) {
    fillCounts(out);
    Peer self = peers.get(id);
    if (self != null && want > 0) {
      select(self, askerIsSeed, askerOnIpv6, want, crypto, out);
    }
  }

  /** Picks up to {@code want} of this tracker's own reachable peers for another tracker. */
  synchronized void pickForTracker(int want, PeerSelection out) {
    fillCounts(out);
    int taken = seeds6.pick(want, null, true, out);
    taken += leechers6.pick(want - taken, null, true, out);
    taken += seeds4.pick(want - taken, null, true, out);
    leechers4.pick(want - taken, null, true, out);
  }

  /**
   * Drops peers last seen before {@code cutoff}. Returns true when the swarm is now empty and was
   * marked removed (the caller then drops it from the store).
   */
  synchronized boolean expire(long cutoff, boolean keepDead) {
    for (Peer peer : peers.all()) {
      if (peer.lastSeen < cutoff) {
        remove(peer);
      }
    }
    if (peers.isEmpty() && !keepDead) {
      removed = true;
    }
    return removed;
  }

  synchronized void drop() {
    if (!removed) {
      removed = true;
      budget.release(peers.size());
    }
  }

  /** When this swarm was last active if it holds at most one peer, else Long.MAX_VALUE. */
  synchronized long lonelySince() {
    return removed || peers.size() > 1 ? Long.MAX_VALUE : lastActivity;
  }

  /**
   * Drops this swarm if it still holds at most one peer and was last active at or before {@code
   * cutoff}; a swarm that gained a second peer meanwhile is never the victim.
   */
  synchronized boolean evictIfLonely(long cutoff) {
    if (removed || peers.size() > 1 || lastActivity > cutoff) {
      return false;
    }
    drop();
    return true;
  }

  /** A copy of this swarm for the state file, taken under the lock and written without it. */
  synchronized SavedSwarm save() {
    List<SavedPeer> saved = new ArrayList<>(peers.size());
    for (Peer p : peers.all()) {
      Endpoint e = p.endpoint;
      saved.add(
          new SavedPeer(
              e.peerId(),
              e.ip(),
              e.port(),
              p.sourceIp(),
              p.key,
              p.left,
              p.lastSeen,
              p.reachable,
              p.supportCrypto,
              e.requireCrypto()));
    }
    return new SavedSwarm(infoHash, completed, saved);
  }

  /** Puts saved peers back, as the tracker knew them before a restart; false if dropped. */
  synchronized boolean restore(SavedSwarm saved) {
    if (removed) {
      return false;
    }
    completed += saved.completed();
    for (SavedPeer s : saved.peers()) {
      PeerId id = new PeerId(s.peerId());
      if (peers.get(id) != null || !budget.take(peers.size())) {
        continue;
      }
      Peer peer =
          new Peer(Endpoint.of(id.bytes(), s.ip(), s.port(), s.requireCrypto()), s.sourceIp());
      peer.key = s.key();
      peer.left = s.left();
      peer.lastSeen = s.lastSeen();
      peer.supportCrypto = s.supportCrypto();
      peer.reachable = s.reachable() && s.port() != 0;
      peers.add(peer);
      if (peer.isSeed()) {
        seedCount++;
      }
      list(peer);
    }
    return true;
  }

  synchronized SwarmStats stats() {
    return new SwarmStats(infoHash, seedCount, peers.size() - seedCount, completed);
  }
}
