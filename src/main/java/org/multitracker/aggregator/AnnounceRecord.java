package org.multitracker.aggregator;

import java.time.Instant;

/**
 * One announce as the aggregator records it; ids and hashes as lowercase hex.
 *
 * @param tracker the member tracker that saw it (its identity, or its address)
 */
public record AnnounceRecord(
    Instant at,
    String tracker,
    String infoHash,
    String peerId,
    String ip,
    int port,
    long uploaded,
    long downloaded,
    long left,
    String event,
    String key,
    String userAgent) {}
