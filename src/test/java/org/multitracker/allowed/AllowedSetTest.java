package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Torrents;

class AllowedSetTest {

  private static final InfoHash A = InfoHash.fromHex("aa".repeat(20));
  private static final InfoHash B = InfoHash.fromHex("bb".repeat(20));

  @Test
  void emptyAllowsNothing() {
    assertThat(AllowedSet.empty().contains(A)).isFalse();
    assertThat(AllowedSet.empty().get(A)).isEmpty();
    assertThat(AllowedSet.empty().torrents()).isEmpty();
    assertThat(AllowedSet.empty().size()).isZero();
  }

  @Test
  void aHashListAllowsItsHashesWithoutMetadata() {
    AllowedSet set = AllowedSet.ofHashes(Set.of(A));

    assertThat(set.contains(A)).isTrue();
    assertThat(set.contains(B)).isFalse();
    assertThat(set.get(A)).isEmpty();
    assertThat(set.torrents()).isEmpty();
    assertThat(set.hashes()).containsExactly(A);
  }

  @Test
  void torrentsAreFoundByHashInTheGivenOrder() {
    AllowedTorrent second = torrent("second");
    AllowedTorrent first = torrent("first");
    Map<InfoHash, AllowedTorrent> byHash = new LinkedHashMap<>();
    byHash.put(second.infoHash(), second);
    byHash.put(first.infoHash(), first);

    AllowedSet set = AllowedSet.ofTorrents(byHash, Map.of(Path.of("x.torrent"), "bad"));

    assertThat(set.get(first.infoHash())).contains(first);
    assertThat(set.contains(second.infoHash())).isTrue();
    assertThat(set.torrents()).containsExactly(second, first);
    assertThat(set.blocked()).containsEntry(Path.of("x.torrent"), "bad");
    assertThat(set.size()).isEqualTo(2);
  }

  @Test
  void isACopyTheCallerCannotChange() {
    AllowedTorrent t = torrent("t");
    Map<InfoHash, AllowedTorrent> byHash = new HashMap<>(Map.of(t.infoHash(), t));
    AllowedSet set = AllowedSet.ofTorrents(byHash, Map.of());

    byHash.clear();

    assertThat(set.contains(t.infoHash())).isTrue();
    assertThatThrownBy(() -> set.byHash().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.torrents().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static AllowedTorrent torrent(String name) {
    return new AllowedTorrent(
        MetainfoParser.parse(Torrents.singleFile(name, 1)), Path.of(name + ".torrent"), 1, 0);
  }
}
