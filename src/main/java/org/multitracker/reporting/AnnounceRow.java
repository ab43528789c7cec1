package org.multitracker.reporting;

import java.time.Instant;

/** One row of the announce log, as the API shows it; hashes and ids in lowercase hex. */
public record AnnounceRow(
    long id,
    Instant announcedAt,
    String tracker,
    String infoHash,
    String peerId,
    String ip,
    int port,
    long uploaded,
    long downloaded,
    long remaining,
    String event,
    String peerKey,
    String userAgent) {}
