package org.multitracker.t2t;

/**
 * One pair's T2T state, for the admin page and the logs.
 *
 * @param lastPoll epoch millis of the last poll, 0 if none yet
 * @param interval seconds between polls now in force
 */
public record T2TState(
    String tracker,
    String infoHash,
    boolean active,
    String stopReason,
    long lastPoll,
    String lastOutcome,
    int peersHarvested,
    int interval,
    int errorsInARow,
    int rejections,
    int numwant,
    long polls,
    long bytesReceived) {}
