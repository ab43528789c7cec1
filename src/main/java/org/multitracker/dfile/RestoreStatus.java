package org.multitracker.dfile;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the swarm store's start stands, for the health checks: the dfile restore runs beside
 * announces, so readiness waits for it, and liveness tells a store that never started.
 */
@ApplicationScoped
public class RestoreStatus {
  /** The stages of a start; the last five are final. */
  public enum Phase {
    /** The state keeper has not run: the store is not initialised. */
    NOT_STARTED,
    RESTORING,
    /** No dfile option. */
    OFF,
    /** No dfile yet. */
    FRESH,
    RESTORED,
    /** The dfile could not be used: it was moved aside and the store started empty. */
    DISCARDED,
    /** The restore failed in a way that leaves the JVM suspect (not out of memory): restart. */
    BROKEN
  }

  private volatile Phase phase = Phase.NOT_STARTED;
  private volatile long torrents;
  private volatile long peers;

  public Phase phase() {
    return phase;
  }

  /** Torrents and peers restored so far. */
  public long torrents() {
    return torrents;
  }

  public long peers() {
    return peers;
  }

  /**
   * Whether the store holds what it will hold after the start, so saving may overwrite the file.
   */
  public boolean settled() {
    Phase now = phase();
    return now.compareTo(Phase.OFF) >= 0 && now != Phase.BROKEN;
  }

  void phase(Phase p) {
    phase = p;
  }

  void progress(long torrents, long peers) {
    this.torrents = torrents;
    this.peers = peers;
  }
}
