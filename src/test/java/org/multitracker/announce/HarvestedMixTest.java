package org.multitracker.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.PeerSelection;
import org.multitracker.wire.ClientAddress;

class HarvestedMixTest {
  static final byte[] CLIENT_V4 = {10, 0, 0, 1};
  static final byte[] CLIENT_V6 = new byte[16];
  static final ClientAddress V4_CLIENT = new ClientAddress(CLIENT_V4, CLIENT_V4, false);
  static final ClientAddress V6_CLIENT = new ClientAddress(CLIENT_V6, CLIENT_V6, false);

  static Endpoint v4(int last, int port) {
    return Endpoint.of(null, new byte[] {(byte) 192, 0, 2, (byte) last}, port, false);
  }

  static Endpoint v6(int last, int port) {
    byte[] ip = new byte[16];
    ip[0] = 0x20;
    ip[15] = (byte) last;
    return Endpoint.of(null, ip, port, false);
  }

  static List<Endpoint> picked(PeerSelection s) {
    List<Endpoint> all = new ArrayList<>();
    for (int i = 0; i < s.count4(); i++) {
      all.add(s.v4(i));
    }
    for (int i = 0; i < s.count6(); i++) {
      all.add(s.v6(i));
    }
    return all;
  }

  @Test
  void fillsAtMostTheRoomItIsGiven() {
    Endpoint[] harvested = {v4(1, 1), v4(2, 2), v4(3, 3), v4(4, 4), v4(5, 5)};
    PeerSelection out = new PeerSelection();
    HarvestedMix.add(harvested, 3, V4_CLIENT, 6881, out);
    assertThat(out.count()).isEqualTo(3);
    assertThat(harvested).contains(picked(out).toArray(Endpoint[]::new));
  }

  @Test
  void addsNothingWithoutRoomOrHarvest() {
    PeerSelection out = new PeerSelection();
    HarvestedMix.add(new Endpoint[] {v4(1, 1)}, 0, V4_CLIENT, 6881, out);
    HarvestedMix.add(new Endpoint[] {v4(1, 1)}, -2, V4_CLIENT, 6881, out);
    HarvestedMix.add(new Endpoint[0], 10, V4_CLIENT, 6881, out);
    assertThat(out.count()).isZero();
  }

  @Test
  void neverTheClientItselfNorAnAddressAlreadyPicked() {
    Endpoint self = Endpoint.of(null, CLIENT_V4, 6881, false);
    Endpoint known = v4(7, 7);
    PeerSelection out = new PeerSelection();
    out.add(known);
    HarvestedMix.add(new Endpoint[] {self, v4(7, 7), v4(8, 8)}, 10, V4_CLIENT, 6881, out);
    assertThat(picked(out)).extracting(Endpoint::port).containsExactlyInAnyOrder(7, 8);
  }

  @Test
  void theClientOnAnotherPortIsAnotherPeer() {
    PeerSelection out = new PeerSelection();
    HarvestedMix.add(
        new Endpoint[] {Endpoint.of(null, CLIENT_V4, 7000, false)}, 10, V4_CLIENT, 6881, out);
    assertThat(out.count()).isOne();
  }

  @Test
  void ipv6PeersOnlyForIpv6Clients() {
    Endpoint[] harvested = {v4(1, 1), v6(2, 2)};
    PeerSelection forV4 = new PeerSelection();
    HarvestedMix.add(harvested, 10, V4_CLIENT, 6881, forV4);
    assertThat(forV4.count4()).isOne();
    assertThat(forV4.count6()).isZero();
    PeerSelection forV6 = new PeerSelection();
    HarvestedMix.add(harvested, 10, V6_CLIENT, 6881, forV6);
    assertThat(forV6.count()).isEqualTo(2);
  }

  @Test
  void startsAtARandomPlaceSoEveryHarvestedPeerGetsItsTurn() {
    Endpoint[] harvested = new Endpoint[10];
    for (int i = 0; i < harvested.length; i++) {
      harvested[i] = v4(i + 1, i + 1);
    }
    Set<Integer> seen = new HashSet<>();
    for (int round = 0; round < 200; round++) {
      PeerSelection out = new PeerSelection();
      HarvestedMix.add(harvested, 1, V4_CLIENT, 6881, out);
      seen.add(out.v4(0).port());
    }
    assertThat(seen).hasSize(10);
  }
}
