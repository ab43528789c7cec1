package org.multitracker.announce;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.PeerSelection;
import org.multitracker.wire.ClientAddress;

/**
 * Mixes peers learnt from other trackers (T2T) into an answer. Up to half the slots are kept for
 * them, more when our own swarm is small; never the client itself, never an address twice, and IPv6
 * peers only for IPv6 clients.
 */
final class HarvestedMix {
  private HarvestedMix() {}

  static void add(
      Endpoint[] harvested, int room, ClientAddress client, int port, PeerSelection out) {
    if (room <= 0 || harvested.length == 0) {
      return;
    }
    byte[] self = Endpoint.of(null, client.ip(), port, false).compact();
    int start = ThreadLocalRandom.current().nextInt(harvested.length);
    for (int i = 0; i < harvested.length && room > 0; i++) {
      Endpoint e = harvested[(start + i) % harvested.length];
      if ((e.isIpv6() && !client.isIpv6())
          || Arrays.equals(e.compact(), self)
          || out.containsAddress(e.compact())) {
        continue;
      }
      out.add(e);
      room--;
    }
  }
}
