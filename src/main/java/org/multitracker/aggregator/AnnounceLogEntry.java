package org.multitracker.aggregator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.multitracker.network.IpKey;

/** A row of the announce log. Ids come from a sequence in blocks of 500 so inserts batch. */
@Entity
@Table(name = "announce_log")
@NamedQuery(
    name = AnnounceLogEntry.OLDER_THAN,
    query = "SELECT e.id FROM AnnounceLogEntry e WHERE e.announcedAt < :cutoff ORDER BY e.id")
@NamedQuery(
    name = AnnounceLogEntry.DELETE_IDS,
    query = "DELETE FROM AnnounceLogEntry e WHERE e.id IN :ids")
public class AnnounceLogEntry {
  static final String OLDER_THAN = "AnnounceLogEntry.olderThan";
  static final String DELETE_IDS = "AnnounceLogEntry.deleteIds";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "announce_log_seq")
  @SequenceGenerator(name = "announce_log_seq", sequenceName = "announce_log_seq", allocationSize = 500)
  private Long id;

  // OffsetDateTime, not Instant: JPA 3.1 (Payara's EclipseLink) maps only the former.
  @Column(name = "announced_at") private OffsetDateTime announcedAt;
  private String tracker;
  @Column(name = "info_hash") private String infoHash;
  @Column(name = "peer_id") private String peerId;
  private String ip;
  // The address as a comparable key, for subnet queries (V3 migration, network.IpKey).
  @Column(name = "ip_key") private String ipKey;
  private int port;
  private long uploaded;
  private long downloaded;
  private long remaining;
  private String event;
  @Column(name = "peer_key") private String peerKey;
  @Column(name = "user_agent") private String userAgent;

  protected AnnounceLogEntry() {}

  static AnnounceLogEntry of(AnnounceRecord r) {
    AnnounceLogEntry e = new AnnounceLogEntry();
    e.announcedAt = r.at().atOffset(ZoneOffset.UTC);
    e.tracker = r.tracker();
    e.infoHash = r.infoHash();
    e.peerId = r.peerId();
    e.ip = r.ip();
    e.ipKey = IpKey.ofLiteral(r.ip());
    e.port = r.port();
    e.uploaded = r.uploaded();
    e.downloaded = r.downloaded();
    e.remaining = r.left();
    e.event = r.event();
    e.peerKey = r.key();
    e.userAgent = r.userAgent();
    return e;
  }
}
