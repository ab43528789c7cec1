package org.multitracker.aggregator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch of announces collapsed in memory into what the aggregator's tables need: the latest state
 * per (info hash, peer id), and counts per torrent, per UTC day and torrent, and per minute. Exact:
 * each figure is what the rebuild from the log ({@link RollupRebuild}) computes.
 */
final class BatchSummary {
  /** Running totals of one torrent within the batch. */
  static final class Totals {
    long announces;
    long completions;
    Instant firstSeen;
    Instant lastSeen;
  }

  /** Figures of one UTC day and torrent within the batch; peers that announced that day. */
  static final class Day {
    long announces;
    long completions;
    long uploaded;
    long downloaded;
    final Set<String> peers = new LinkedHashSet<>();
  }

  record DayKey(LocalDate day, String infoHash) {}

  record PeerKey(String infoHash, String peerId) {}

  final Map<PeerKey, PeerRow> peers = new LinkedHashMap<>();
  final Map<String, Totals> torrents = new LinkedHashMap<>();
  final Map<DayKey, Day> days = new LinkedHashMap<>();
  final Map<Instant, Long> minutes = new LinkedHashMap<>();
  final Set<LocalDate> dayDates = new LinkedHashSet<>();

  /**
   * @param batch the announces in the order they arrived
   * @param stored the peers' states before the batch, as peer_state holds them
   */
  static BatchSummary of(List<AnnounceRecord> batch, Map<PeerKey, PeerRow> stored) {
    BatchSummary s = new BatchSummary();
    for (AnnounceRecord r : batch) {
      s.add(r, stored);
    }
    return s;
  }

  static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private void add(AnnounceRecord r, Map<PeerKey, PeerRow> stored) {
    PeerKey key = new PeerKey(r.infoHash(), r.peerId());
    PeerRow before = peers.containsKey(key) ? peers.get(key) : stored.get(key);
    peers.put(key, before == null ? PeerRow.first(r) : before.then(r));
    boolean completed = "completed".equals(r.event());

    Totals t = torrents.computeIfAbsent(r.infoHash(), h -> new Totals());
    t.announces++;
    if (completed) {
      t.completions++;
    }
    t.firstSeen = t.firstSeen == null || r.at().isBefore(t.firstSeen) ? r.at() : t.firstSeen;
    t.lastSeen = t.lastSeen == null || r.at().isAfter(t.lastSeen) ? r.at() : t.lastSeen;

    LocalDate date = dayOf(r.at());
    dayDates.add(date);
    Day d = days.computeIfAbsent(new DayKey(date, r.infoHash()), k -> new Day());
    d.announces++;
    if (completed) {
      d.completions++;
    }
    d.uploaded += growth(r.uploaded(), before == null ? null : before.uploaded());
    d.downloaded += growth(r.downloaded(), before == null ? null : before.downloaded());
    d.peers.add(r.peerId());

    minutes.merge(r.at().truncatedTo(ChronoUnit.MINUTES), 1L, Long::sum);
  }

  /** How much a session counter grew; a lower value than before is a new session from 0. */
  static long growth(long now, Long before) {
    return before == null || now < before ? now : now - before;
  }
}
