package org.multitracker.aggregator;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The latest state of one peer of one torrent, whichever member trackers it used. */
@Entity
@Table(name = "peer_state")
@NamedQuery(
    name = PeerState.OF_PAIRS,
    query = "SELECT p FROM PeerState p WHERE p.id.infoHash IN :hashes AND p.id.peerId IN :peers")
public class PeerState {
  static final String OF_PAIRS = "PeerState.ofPairs";
  static final int MAX_TRACKERS_TEXT = 1000;

  @EmbeddedId private PeerStateId id;
  private String ip;
  private int port;
  private long uploaded;
  private long downloaded;
  private long remaining;
  @Column(name = "last_event") private String lastEvent;
  // OffsetDateTime, not Instant: JPA 3.1 (Payara's EclipseLink) maps only the former.
  @Column(name = "first_seen") private OffsetDateTime firstSeen;
  @Column(name = "last_seen") private OffsetDateTime lastSeen;
  private String trackers;

  protected PeerState() {}

  static PeerState first(AnnounceRecord r) {
    PeerState p = new PeerState();
    p.id = new PeerStateId(r.infoHash(), r.peerId());
    p.firstSeen = r.at().atOffset(ZoneOffset.UTC);
    p.trackers = "";
    p.update(r);
    return p;
  }

  /** Applies a later announce; the trackers column keeps every member the peer was seen on. */
  void update(AnnounceRecord r) {
    ip = r.ip();
    port = r.port();
    uploaded = r.uploaded();
    downloaded = r.downloaded();
    remaining = r.left();
    lastEvent = r.event();
    lastSeen = r.at().atOffset(ZoneOffset.UTC);
    Set<String> seen = new LinkedHashSet<>();
    if (!trackers.isEmpty()) {
      seen.addAll(Arrays.asList(trackers.split(",")));
    }
    String t = r.tracker().replace(",", "_");
    if (seen.add(t)) {
      String joined = String.join(",", seen);
      if (joined.length() <= MAX_TRACKERS_TEXT) {
        trackers = joined;
      }
    }
  }

  PeerStateId id() {
    return id;
  }
}
