package org.multitracker.aggregator;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of announces in one transaction: log rows (batched inserts), peer states and
 * torrent totals (read for the whole batch with one query per torrent, then updated).
 */
@Stateless
public class AnnounceStore {
  @PersistenceContext(unitName = "aggregate")
  EntityManager em;

  public void write(List<AnnounceRecord> batch) {
    for (AnnounceRecord r : batch) {
      em.persist(AnnounceLogEntry.of(r));
    }
    updatePeers(batch);
    Map<String, List<AnnounceRecord>> byTorrent = new LinkedHashMap<>();
    for (AnnounceRecord r : batch) {
      byTorrent.computeIfAbsent(r.infoHash(), h -> new ArrayList<>()).add(r);
    }
    updateTotals(byTorrent);
  }

  /**
   * One query per 500 records: the peers whose info hash and peer id are both in the chunk's
   * lists (a small superset of the pairs wanted, found through the primary key's index).
   */
  private void updatePeers(List<AnnounceRecord> batch) {
    Map<PeerStateId, PeerState> known = new HashMap<>();
    for (int i = 0; i < batch.size(); i += 500) {
      List<AnnounceRecord> chunk = batch.subList(i, Math.min(batch.size(), i + 500));
      em.createNamedQuery(PeerState.OF_PAIRS, PeerState.class)
          .setParameter("hashes", chunk.stream().map(AnnounceRecord::infoHash).distinct().toList())
          .setParameter("peers", chunk.stream().map(AnnounceRecord::peerId).distinct().toList())
          .getResultList()
          .forEach(p -> known.put(p.id(), p));
    }
    for (AnnounceRecord r : batch) {
      PeerStateId id = new PeerStateId(r.infoHash(), r.peerId());
      PeerState p = known.get(id);
      if (p == null) {
        p = PeerState.first(r);
        em.persist(p);
        known.put(id, p);
      } else {
        p.update(r);
      }
    }
  }

  private void updateTotals(Map<String, List<AnnounceRecord>> byTorrent) {
    Map<String, TorrentTotals> known = new HashMap<>();
    for (List<String> chunk : chunks(new ArrayList<>(byTorrent.keySet()))) {
      em.createNamedQuery(TorrentTotals.OF, TorrentTotals.class)
          .setParameter("hashes", chunk)
          .getResultList()
          .forEach(t -> known.put(t.infoHash(), t));
    }
    for (Map.Entry<String, List<AnnounceRecord>> e : byTorrent.entrySet()) {
      TorrentTotals t = known.get(e.getKey());
      if (t == null) {
        t = TorrentTotals.first(e.getValue().get(0));
        em.persist(t);
      }
      for (AnnounceRecord r : e.getValue()) {
        t.count(r);
      }
    }
  }

  /** Deletes up to {@code limit} log rows older than {@code cutoff}; returns how many. */
  public int deleteOlderThan(Instant cutoff, int limit) {
    List<Long> ids =
        em.createNamedQuery(AnnounceLogEntry.OLDER_THAN, Long.class)
            .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery(AnnounceLogEntry.DELETE_IDS).setParameter("ids", ids).executeUpdate();
  }

  /** IN lists stay under the parameter limits of both databases. */
  private static List<List<String>> chunks(List<String> all) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 500) {
      chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
    }
    return chunks;
  }
}
