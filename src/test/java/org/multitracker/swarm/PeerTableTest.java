package org.multitracker.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerTableTest {
  private static final byte[] IP = {10, 0, 0, 1};

  private static PeerId id(int n) {
    byte[] b = new byte[20];
    for (int i = 0; i < 4; i++) {
      b[19 - i] = (byte) (n >>> (8 * i));
    }
    return new PeerId(b);
  }

  private static Peer peer(int n) {
    return new Peer(Endpoint.of(id(n).bytes(), IP, 1000, false), IP);
  }

  @Test
  void findsEveryPeerThroughGrowthAndRemovals() {
    PeerTable table = new PeerTable();
    List<Peer> peers = new ArrayList<>();
    for (int n = 0; n < 5000; n++) {
      Peer p = peer(n);
      peers.add(p);
      table.add(p);
    }
    for (int n = 0; n < 5000; n += 2) {
      table.remove(peers.get(n));
    }
    assertThat(table.size()).isEqualTo(2500);
    for (int n = 0; n < 5000; n++) {
      assertThat(table.get(id(n))).isSameAs(n % 2 == 0 ? null : peers.get(n));
    }
    assertThat(table.all()).hasSize(2500);
  }

  @Test
  void shrinksBackWhenEmptied() {
    PeerTable table = new PeerTable();
    List<Peer> peers = new ArrayList<>();
    for (int n = 0; n < 1000; n++) {
      peers.add(peer(n));
      table.add(peers.get(n));
    }
    peers.forEach(table::remove);
    assertThat(table.isEmpty()).isTrue();
    assertThat(table.get(id(7))).isNull();
    table.add(peers.get(7));
    assertThat(table.get(peers.get(7).endpoint)).isSameAs(peers.get(7));
  }

  @Test
  void endpointKeepsIdAddressAndPort() {
    byte[] raw = id(0x01020304).bytes();
    Endpoint e = Endpoint.of(raw, new byte[] {1, 2, 3, 4}, 0xfffe, true);
    assertThat(e.peerId()).isEqualTo(raw);
    assertThat(e.ip()).containsExactly(1, 2, 3, 4);
    assertThat(e.port()).isEqualTo(0xfffe);
    assertThat(e.compact()).containsExactly(1, 2, 3, 4, 0xff, 0xfe);
    assertThat(Endpoint.of(null, new byte[16], 1, false).peerId()).isNull();
  }
}
