package org.multitracker.aggregator;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A peer_state row: the latest state of one peer of one torrent, whichever members it used. */
record PeerRow(
    String infoHash,
    String peerId,
    String ip,
    int port,
    long uploaded,
    long downloaded,
    long remaining,
    String lastEvent,
    Instant firstSeen,
    Instant lastSeen,
    String trackers) {
  static final int MAX_TRACKERS_TEXT = 1000;

  static PeerRow first(AnnounceRecord r) {
    return new PeerRow(r.infoHash(), r.peerId(), "", 0, 0, 0, 0, "", r.at(), r.at(), "").then(r);
  }

  /** This state after a later announce; trackers keeps every member the peer was seen on. */
  PeerRow then(AnnounceRecord r) {
    return new PeerRow(
        infoHash,
        peerId,
        r.ip(),
        r.port(),
        r.uploaded(),
        r.downloaded(),
        r.left(),
        r.event(),
        firstSeen,
        r.at(),
        withTracker(r.tracker()));
  }

  private String withTracker(String tracker) {
    Set<String> seen = new LinkedHashSet<>();
    if (!trackers.isEmpty()) {
      seen.addAll(Arrays.asList(trackers.split(",")));
    }
    // Commas in a member's name are stored as '_': the column is a comma-separated list.
    if (seen.add(tracker.replace(",", "_"))) {
      String joined = String.join(",", seen);
      if (joined.length() <= MAX_TRACKERS_TEXT) {
        return joined;
      }
    }
    return trackers;
  }
}
