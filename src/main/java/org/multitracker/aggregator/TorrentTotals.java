package org.multitracker.aggregator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Running totals of one torrent over every member tracker. */
@Entity
@Table(name = "torrent_totals")
@NamedQuery(name = TorrentTotals.OF, query = "SELECT t FROM TorrentTotals t WHERE t.infoHash IN :hashes")
public class TorrentTotals {
  static final String OF = "TorrentTotals.of";

  @Id @Column(name = "info_hash") private String infoHash;
  private long announces;
  private long completions;
  // OffsetDateTime, not Instant: JPA 3.1 (Payara's EclipseLink) maps only the former.
  @Column(name = "first_seen") private OffsetDateTime firstSeen;
  @Column(name = "last_seen") private OffsetDateTime lastSeen;

  protected TorrentTotals() {}

  static TorrentTotals first(AnnounceRecord r) {
    TorrentTotals t = new TorrentTotals();
    t.infoHash = r.infoHash();
    t.firstSeen = r.at().atOffset(ZoneOffset.UTC);
    t.lastSeen = r.at().atOffset(ZoneOffset.UTC);
    return t;
  }

  String infoHash() {
    return infoHash;
  }

  void count(AnnounceRecord r) {
    announces++;
    if ("completed".equals(r.event())) {
      completions++;
    }
    if (r.at().isAfter(lastSeen.toInstant())) {
      lastSeen = r.at().atOffset(ZoneOffset.UTC);
    }
  }
}
