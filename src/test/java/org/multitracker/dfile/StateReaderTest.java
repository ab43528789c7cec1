package org.multitracker.dfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.multitracker.dfile.StateFiles.NOW;
import static org.multitracker.dfile.StateFiles.filled;
import static org.multitracker.dfile.StateFiles.small;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

class StateReaderTest {
  @TempDir Path dir;

  /** The parts a reader hands out, merged back per torrent. */
  private static final class Collected {
    final Map<InfoHash, Long> completed = new LinkedHashMap<>();
    final Map<InfoHash, List<SavedPeer>> peers = new LinkedHashMap<>();
    int parts;

    void add(SavedSwarm part) {
      parts++;
      completed.merge(part.infoHash(), part.completed(), Long::sum);
      peers.computeIfAbsent(part.infoHash(), h -> new ArrayList<>()).addAll(part.peers());
    }
  }

  private Collected read(Path f) throws IOException {
    Collected c = new Collected();
    StateReader.read(f, c::add);
    return c;
  }

  private void write(Path f, SavedSwarm... swarms) throws IOException {
    try (StateWriter w = new StateWriter(f, NOW)) {
      for (SavedSwarm s : swarms) {
        w.add(s);
      }
      w.commit();
    }
  }

  private static void assertSmall(Collected c, InfoHash hash) {
    assertThat(c.completed).containsEntry(hash, 7L);
    List<SavedPeer> peers = c.peers.get(hash);
    assertThat(peers).hasSize(2);
    SavedPeer p = peers.get(0);
    assertThat(p.peerId()).isEqualTo(filled(20, 1));
    assertThat(p.ip()).containsExactly(10, 0, 0, 1);
    assertThat(p.sourceIp()).containsExactly(10, 0, 0, 1);
    assertThat(p.port()).isEqualTo(6881);
    assertThat(p.key()).containsExactly('k');
    assertThat(p.left()).isZero();
    assertThat(p.lastSeen()).isEqualTo(NOW - 1234);
    assertThat(p.reachable()).isTrue();
    assertThat(p.supportCrypto()).isTrue();
    assertThat(p.requireCrypto()).isFalse();
    SavedPeer q = peers.get(1);
    assertThat(q.ip()).isEqualTo(filled(16, 3));
    assertThat(q.sourceIp()).containsExactly(192, 0, 2, 7);
    assertThat(q.port()).isEqualTo(51413);
    assertThat(q.key()).isNull();
    assertThat(q.left()).isEqualTo(99);
    assertThat(q.lastSeen()).isEqualTo(NOW - 5678);
    assertThat(q.reachable()).isFalse();
    assertThat(q.requireCrypto()).isTrue();
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Path f = dir.resolve("state.dfile");
    write(f, small(9), small(4));
    Collected c = read(f);
    assertThat(c.completed).hasSize(2);
    assertSmall(c, new InfoHash(filled(20, 9)));
    assertSmall(c, new InfoHash(filled(20, 4)));
    assertThat(Files.readAllBytes(f)).startsWith('M', 'T', 'D', 'F', 2);
  }

  @Test
  void keepsTorrentsWithoutPeersAndLastSeenInTheFuture() throws IOException {
    Path f = dir.resolve("state.dfile");
    SavedPeer future =
        new SavedPeer(
            filled(20, 5),
            new byte[] {1, 2, 3, 4},
            1,
            new byte[] {1, 2, 3, 4},
            null,
            Long.MAX_VALUE,
            NOW + 60_000,
            true,
            false,
            false);
    write(
        f,
        new SavedSwarm(new InfoHash(filled(20, 1)), 3, List.of()),
        new SavedSwarm(new InfoHash(filled(20, 2)), 0, List.of(future)));
    Collected c = read(f);
    assertThat(c.completed).containsEntry(new InfoHash(filled(20, 1)), 3L);
    assertThat(c.peers.get(new InfoHash(filled(20, 1)))).isEmpty();
    SavedPeer back = c.peers.get(new InfoHash(filled(20, 2))).get(0);
    assertThat(back.lastSeen()).isEqualTo(NOW + 60_000);
    assertThat(back.left()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void handsALargeSwarmOutInBoundedParts() throws IOException {
    Path f = dir.resolve("state.dfile");
    StateFiles.writeLarge(f, 3, 10_000);
    Collected c = read(f);
    assertThat(c.peers).hasSize(3);
    assertThat(c.peers.values()).allSatisfy(p -> assertThat(p).hasSize(10_000));
    assertThat(c.parts).as("records of at most 64 KiB").isGreaterThan(3 * 6);
    SavedPeer p = c.peers.get(StateFiles.hash(1)).get(17);
    SavedPeer expected = StateFiles.peer(10_017);
    assertThat(p.peerId()).isEqualTo(expected.peerId());
    assertThat(p.key()).isEqualTo(expected.key());
    assertThat(p.lastSeen()).isEqualTo(expected.lastSeen());
    assertThat(Files.size(f) / 30_000.0).as("bytes per peer").isLessThan(50);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    Path f = dir.resolve("state.dfile");
    write(f, small(1));
    write(f, small(2));
    try (StateWriter unfinished = new StateWriter(f, NOW)) {
      unfinished.add(small(3)); // closed without commit: the old file stays
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
    assertThat(read(f).completed).containsOnlyKeys(new InfoHash(filled(20, 2)));
  }

  @Test
  void refusesATruncatedFileWhereverItIsCut() throws IOException {
    Path f = dir.resolve("state.dfile");
    StateFiles.writeLarge(f, 2, 3000);
    byte[] whole = Files.readAllBytes(f);
    Path cut = dir.resolve("cut");
    for (int length : new int[] {0, 3, 5, 9, 30, 100, whole.length / 2, whole.length - 1}) {
      Files.write(cut, Arrays.copyOf(whole, length));
      assertThatThrownBy(() -> read(cut))
          .as("cut at " + length)
          .isInstanceOf(InvalidStateException.class);
    }
  }

  @Test
  void refusesADamagedFileBeforeHandingOutTheDamagedRecord() throws IOException {
    Path f = dir.resolve("state.dfile");
    StateFiles.writeLarge(f, 2, 3000);
    byte[] bytes = Files.readAllBytes(f);
    int middle = bytes.length / 2;
    bytes[middle] ^= 0x10;
    Files.write(f, bytes);
    List<Long> peersSeen = new ArrayList<>();
    assertThatThrownBy(() -> StateReader.read(f, p -> peersSeen.add((long) p.peers().size())))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("checksum");
    assertThat(peersSeen.stream().mapToLong(Long::longValue).sum()).isLessThan(6000);
  }

  @Test
  void refusesTrailingDataAndOtherVersions() throws IOException {
    Path f = dir.resolve("state.dfile");
    write(f, small(1));
    byte[] bytes = Files.readAllBytes(f);
    Files.write(f, Arrays.copyOf(bytes, bytes.length + 1));
    assertThatThrownBy(() -> read(f)).hasMessageContaining("after the end");
    bytes[4] = 3;
    Files.write(f, bytes);
    assertThatThrownBy(() -> read(f)).hasMessageContaining("version 3");
  }

  @Test
  void readsTheReleasedBencodedFormat() throws IOException {
    Path f = dir.resolve("old.dfile");
    LegacyDfile.write(f, List.of(small(9), small(4)));
    Collected c = read(f);
    assertSmall(c, new InfoHash(filled(20, 9)));
    assertSmall(c, new InfoHash(filled(20, 4)));
  }

  @Test
  void readsALargeOldFileInBoundedParts() throws IOException {
    Path f = dir.resolve("old.dfile");
    List<SavedPeer> peers = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      peers.add(StateFiles.peer(i));
    }
    LegacyDfile.write(f, List.of(new SavedSwarm(StateFiles.hash(1), 5, peers)));
    Collected c = read(f);
    assertThat(c.peers.get(StateFiles.hash(1))).hasSize(10_000);
    assertThat(c.completed).containsEntry(StateFiles.hash(1), 5L);
    assertThat(c.parts).isEqualTo(1 + 3); // the torrent, then parts of at most 4096 peers
  }

  @Test
  void refusesDamagedOldFilesWithAReason() throws IOException {
    Path f = dir.resolve("bad");
    String peer =
        "d6:cryptoi0e2:id20:aaaaaaaaaaaaaaaaaaaa2:ip4:abcd4:lefti0e4:porti1e9:reachablei1e"
            + "4:seeni1e6:source4:abcde";
    for (String content :
        List.of(
            "",
            "not bencode",
            "d7:torrentsdee",
            "d8:torrentsde7:versioni2ee",
            "d8:torrentsd3:abcdee7:versioni1ee",
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersli1eeee7:versioni1ee",
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersl" + peer + "eeee",
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersl" + peer,
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersl"
                + peer.replace("porti1e", "porti70000e")
                + "eee7:versioni1ee",
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersl"
                + peer.replace("4:seeni1e", "4:seeni-1e")
                + "eee7:versioni1ee",
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peers9999999999:")) {
      Files.writeString(f, content);
      assertThatThrownBy(() -> read(f)).as(content).isInstanceOf(InvalidStateException.class);
    }
    Files.writeString(
        f,
        "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersl" + peer + "eee7:versioni1ee");
    assertThat(read(f).peers.values().iterator().next()).hasSize(1);
  }
}
