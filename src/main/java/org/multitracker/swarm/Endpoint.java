package org.multitracker.swarm;

import java.util.Arrays;

/**
 * Where a peer can be reached, as handed out to other clients. Immutable, so a reference taken
 * under a swarm's lock can be encoded after the lock is released.
 *
 * <p>One is kept per stored peer, so it holds only the compact form (BEP 23 / BEP 7: address then
 * port, big-endian) and the peer id packed in three words; the address and the id as arrays are
 * made on demand, for the rare non-compact answer, NAT checks and the state file.
 */
public final class Endpoint {
  private final byte[] compact;
  private final long idHigh;
  private final long idMiddle;
  private final int idLow;
  private final boolean hasPeerId;
  private final boolean requireCrypto;

  private Endpoint(byte[] compact, byte[] peerId, boolean requireCrypto) {
    this.compact = compact;
    this.hasPeerId = peerId != null;
    this.idHigh = hasPeerId ? PeerId.word(peerId, 0, 8) : 0;
    this.idMiddle = hasPeerId ? PeerId.word(peerId, 8, 8) : 0;
    this.idLow = hasPeerId ? (int) PeerId.word(peerId, 16, 4) : 0;
    this.requireCrypto = requireCrypto;
  }

  /**
   * @param peerId 20 bytes, or null for peers learnt from another tracker's compact answer
   * @param ip 4 or 16 bytes
   */
  public static Endpoint of(byte[] peerId, byte[] ip, int port, boolean requireCrypto) {
    if (peerId != null && peerId.length != 20) {
      throw new IllegalArgumentException("a peer id has 20 bytes");
    }
    byte[] compact = new byte[ip.length + 2];
    System.arraycopy(ip, 0, compact, 0, ip.length);
    compact[ip.length] = (byte) (port >>> 8);
    compact[ip.length + 1] = (byte) port;
    return new Endpoint(compact, peerId, requireCrypto);
  }

  /** A fresh copy of the peer id, or null if it is unknown. */
  public byte[] peerId() {
    return hasPeerId ? PeerId.unpack(idHigh, idMiddle, idLow) : null;
  }

  /** A fresh copy of the address: 4 or 16 bytes. */
  public byte[] ip() {
    return Arrays.copyOf(compact, compact.length - 2);
  }

  public int port() {
    int n = compact.length;
    return (compact[n - 2] & 0xff) << 8 | compact[n - 1] & 0xff;
  }

  /** The compact form; callers must not modify it. */
  public byte[] compact() {
    return compact;
  }

  public boolean requireCrypto() {
    return requireCrypto;
  }

  public boolean isIpv6() {
    return compact.length == 18;
  }

  boolean hasId(PeerId id) {
    return hasPeerId && idHigh == id.high && idMiddle == id.middle && idLow == id.low;
  }

  boolean hasSameId(Endpoint e) {
    return hasPeerId == e.hasPeerId
        && idHigh == e.idHigh
        && idMiddle == e.idMiddle
        && idLow == e.idLow;
  }

  long idHash() {
    return PeerId.hash(idHigh, idMiddle, idLow);
  }

  boolean hasAddress(byte[] ip) {
    return Arrays.equals(compact, 0, compact.length - 2, ip, 0, ip.length);
  }

  boolean isAt(byte[] ip, int port, boolean requireCrypto) {
    return this.requireCrypto == requireCrypto && port() == port && hasAddress(ip);
  }
}
