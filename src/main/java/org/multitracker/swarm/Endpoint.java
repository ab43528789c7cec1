package org.multitracker.swarm;

/**
 * Where a peer can be reached, as handed out to other clients. Immutable, so a reference taken
 * under a swarm's lock can be encoded after the lock is released.
 *
 * @param peerId null for peers learnt from another tracker's compact answer
 * @param ip 4 or 16 bytes
 * @param compact the BEP 23 / BEP 7 form: address then port, big-endian
 */
public record Endpoint(byte[] peerId, byte[] ip, int port, byte[] compact, boolean requireCrypto) {

  public static Endpoint of(byte[] peerId, byte[] ip, int port, boolean requireCrypto) {
    byte[] compact = new byte[ip.length + 2];
    System.arraycopy(ip, 0, compact, 0, ip.length);
    compact[ip.length] = (byte) (port >>> 8);
    compact[ip.length + 1] = (byte) port;
    return new Endpoint(peerId, ip, port, compact, requireCrypto);
  }

  public boolean isIpv6() {
    return ip.length == 16;
  }
}
