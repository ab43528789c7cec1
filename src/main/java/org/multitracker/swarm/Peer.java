package org.multitracker.swarm;

import java.util.Arrays;

/** One client in one swarm. Mutable, and only touched under its swarm's lock. */
final class Peer {
  final PeerId id;
  Endpoint endpoint;
  /** The address the announce came from: with the key, it decides who may update this peer. */
  byte[] sourceIp;
  byte[] key;
  long left;
  long uploaded;
  long downloaded;
  long lastSeen;
  boolean supportCrypto;
  /** Handed out only once reachable: at once for intranet peers, after a NAT check otherwise. */
  boolean reachable;
  int natFailures;
  /** Position in the swarm's list of reachable peers, or -1. */
  int index = -1;

  Peer(PeerId id) {
    this.id = id;
  }

  boolean isSeed() {
    return left == 0;
  }

  boolean mayBeChangedBy(byte[] requestKey, byte[] requestSourceIp) {
    return (key != null && requestKey != null && Arrays.equals(key, requestKey))
        || Arrays.equals(sourceIp, requestSourceIp);
  }
}
