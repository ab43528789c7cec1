package org.multitracker.swarm;

import java.util.Arrays;

/**
 * One client in one swarm. Mutable, and only touched under its swarm's lock. A million of these may
 * be held, so it keeps only what later announces, selection and the reaper read: its id lives
 * packed in the endpoint, and uploaded/downloaded are not stored (nothing reads them back).
 */
final class Peer {
  Endpoint endpoint;

  /**
   * The address the announce came from, or null when it is the endpoint's address (the usual case,
   * which then costs no array). With the key, it decides who may update this peer.
   */
  private byte[] sourceIp;

  byte[] key;
  long left;
  long lastSeen;
  boolean supportCrypto;

  /** Handed out only once reachable: at once for intranet peers, after a NAT check otherwise. */
  boolean reachable;

  /** Saturates: no one configures that many NAT check tries. */
  short natFailures;

  /** Position in the swarm's list of reachable peers, or -1. */
  int index = -1;

  Peer(Endpoint endpoint, byte[] sourceIp) {
    this.endpoint = endpoint;
    setSourceIp(sourceIp);
  }

  /** Call after changing the endpoint. */
  void setSourceIp(byte[] ip) {
    sourceIp = ip != null && endpoint.hasAddress(ip) ? null : ip;
  }

  byte[] sourceIp() {
    return sourceIp != null ? sourceIp : endpoint.ip();
  }

  void natCheckFailed() {
    if (natFailures < Short.MAX_VALUE) {
      natFailures++;
    }
  }

  boolean isSeed() {
    return left == 0;
  }

  boolean mayBeChangedBy(byte[] requestKey, byte[] requestSourceIp) {
    if (key != null && requestKey != null && Arrays.equals(key, requestKey)) {
      return true;
    }
    if (sourceIp != null || requestSourceIp == null) {
      return Arrays.equals(sourceIp, requestSourceIp);
    }
    return endpoint.hasAddress(requestSourceIp);
  }
}
