package org.multitracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SavedPeer;
import org.multitracker.swarm.SavedSwarm;

class StateFileTest {
  @TempDir Path dir;

  private static byte[] filled(int n, int b) {
    byte[] a = new byte[n];
    Arrays.fill(a, (byte) b);
    return a;
  }

  private static SavedSwarm swarm(int b) {
    SavedPeer v4 =
        new SavedPeer(filled(20, 1), new byte[] {10, 0, 0, 1}, 6881, new byte[] {10, 0, 0, 1},
            "k".getBytes(), 0, 1234, true, true, false);
    SavedPeer v6 =
        new SavedPeer(filled(20, 2), filled(16, 3), 51413, filled(16, 3), null, 99, 5678, false,
            true, true);
    return new SavedSwarm(new InfoHash(filled(20, b)), 7, List.of(v4, v6));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Path file = dir.resolve("state.dfile");
    StateFile.write(file, List.of(swarm(9), swarm(4)));
    List<SavedSwarm> back = StateFile.read(file);
    assertThat(back).hasSize(2);
    SavedSwarm s = back.get(0);
    assertThat(s.infoHash()).isEqualTo(new InfoHash(filled(20, 4)));
    assertThat(s.completed()).isEqualTo(7);
    SavedPeer p = s.peers().get(0);
    assertThat(p.port()).isEqualTo(6881);
    assertThat(p.key()).containsExactly('k');
    assertThat(p.reachable()).isTrue();
    assertThat(p.supportCrypto()).isTrue();
    SavedPeer q = s.peers().get(1);
    assertThat(q.ip()).hasSize(16);
    assertThat(q.key()).isNull();
    assertThat(q.requireCrypto()).isTrue();
    assertThat(q.left()).isEqualTo(99);
    assertThat(q.lastSeen()).isEqualTo(5678);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    Path file = dir.resolve("state.dfile");
    StateFile.write(file, List.of(swarm(1)));
    StateFile.write(file, List.of(swarm(2)));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void rejectsCorruptFilesWithAReason() throws IOException {
    Path file = dir.resolve("bad");
    for (String content :
        List.of(
            "",
            "not bencode",
            "d7:torrentsdee",
            "d8:torrentsde7:versioni2ee",
            "d8:torrentsd3:abcdee7:versioni1ee",
            "d8:torrentsd20:aaaaaaaaaaaaaaaaaaaad9:completedi1e5:peersli1eeee7:versioni1ee")) {
      Files.writeString(file, content);
      assertThatThrownBy(() -> StateFile.read(file)).isInstanceOf(InvalidStateException.class);
    }
  }
}
