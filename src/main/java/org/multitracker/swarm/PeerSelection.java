package org.multitracker.swarm;

import java.util.Arrays;

/**
 * The result of one announce: the swarm's counts and the peers picked for the client. One instance
 * is reused per request thread, so an announce allocates no lists.
 */
public final class PeerSelection {
  private Endpoint[] v4 = new Endpoint[64];
  private Endpoint[] v6 = new Endpoint[16];
  private int count4;
  private int count6;
  int complete;
  int incomplete;
  long downloaded;
  Endpoint natCheck;

  public void reset() {
    Arrays.fill(v4, 0, count4, null);
    Arrays.fill(v6, 0, count6, null);
    count4 = 0;
    count6 = 0;
    complete = 0;
    incomplete = 0;
    downloaded = 0;
    natCheck = null;
  }

  public void add(Endpoint e) {
    if (e.isIpv6()) {
      if (count6 == v6.length) {
        v6 = Arrays.copyOf(v6, count6 * 2);
      }
      v6[count6++] = e;
    } else {
      if (count4 == v4.length) {
        v4 = Arrays.copyOf(v4, count4 * 2);
      }
      v4[count4++] = e;
    }
  }

  public int complete() {
    return complete;
  }

  public int incomplete() {
    return incomplete;
  }

  /** Completed downloads counted for the torrent (scrape's "downloaded"). */
  public long downloaded() {
    return downloaded;
  }

  public int count4() {
    return count4;
  }

  public int count6() {
    return count6;
  }

  public Endpoint v4(int i) {
    return v4[i];
  }

  public Endpoint v6(int i) {
    return v6[i];
  }

  public int count() {
    return count4 + count6;
  }

  /** Non-null when the announcing peer is new or moved and must pass a NAT check first. */
  /** True if an endpoint with the same address and port is already picked. */
  public boolean containsAddress(byte[] compact) {
    Endpoint[] list = compact.length == 18 ? v6 : v4;
    int n = compact.length == 18 ? count6 : count4;
    for (int i = 0; i < n; i++) {
      if (Arrays.equals(list[i].compact(), compact)) {
        return true;
      }
    }
    return false;
  }

  public Endpoint natCheck() {
    return natCheck;
  }
}
