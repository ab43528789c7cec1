package org.multitracker.swarm;

import org.multitracker.metainfo.InfoHash;

/**
 * What the swarm store needs of one validated announce.
 *
 * @param sourceIp the address the request came from (4 or 16 bytes)
 * @param ip the address to hand out: sourceIp, or the ip= override when it is honoured
 * @param local intranet client: handed out without a NAT check
 * @param want how many peers to pick (0 for none)
 */
public record PeerAnnounce(
    InfoHash infoHash,
    PeerId peerId,
    byte[] sourceIp,
    byte[] ip,
    int port,
    long uploaded,
    long downloaded,
    long left,
    boolean stopped,
    boolean completed,
    byte[] key,
    boolean supportCrypto,
    boolean requireCrypto,
    boolean local,
    int want) {}
