package org.multitracker.swarm;

/** A peer as written to and read back from the state file (dfile). */
public record SavedPeer(
    byte[] peerId,
    byte[] ip,
    int port,
    byte[] sourceIp,
    byte[] key,
    long left,
    long lastSeen,
    boolean reachable,
    boolean supportCrypto,
    boolean requireCrypto) {}
