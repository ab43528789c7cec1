package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.ascii;
import static org.multitracker.testing.Torrents.infoHash;
import static org.multitracker.testing.Torrents.rawValue;
import static org.multitracker.testing.Torrents.read;
import static org.multitracker.testing.Torrents.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.bencode.BString;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.Metainfo;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Torrents;

class ReannounceTest {

  @TempDir Path dir;

  @Test
  void newAnnounceAndListShowUpInShowmetainfo() {
    Path torrent = write(dir.resolve("a.torrent"), Torrents.plain());

    ToolRun run =
        ToolRun.of(
            "reannounce", "http://new/announce", "--announce_list", "a,b|c", torrent.toString());
    ToolRun shown = ToolRun.of("showmetainfo", torrent.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(shown.out())
        .contains("announce .......: http://new/announce\n")
        .contains("announce-list ..:\n    tier 1: a, b\n    tier 2: c\n");
  }

  @Test
  void infoHashAndInfoBytesNeverChange() {
    byte[] before = Torrents.withExtras();
    Path torrent = write(dir.resolve("a.torrent"), before);
    InfoHash hash = infoHash(torrent);

    ToolRun.of("reannounce", "http://new/announce", "--announce_list", "x|y", torrent.toString());

    assertThat(infoHash(torrent)).isEqualTo(hash);
    assertThat(rawValue(read(torrent), "info")).isEqualTo(rawValue(before, "info"));
  }

  @Test
  void unknownKeysArePreservedByteForByte() {
    byte[] before = Torrents.withExtras();
    Path torrent = write(dir.resolve("a.torrent"), before);

    ToolRun.of("reannounce", "http://new/announce", torrent.toString());

    byte[] after = read(torrent);
    for (String key : List.of("aaa unknown", "creation date", "zzz unknown")) {
      assertThat(rawValue(after, key)).as(key).isEqualTo(rawValue(before, key));
    }
  }

  @Test
  void outputKeysAreSortedAndTheRestOfTheFileIsUnchanged() {
    byte[] before = Torrents.withExtras();
    Path torrent = write(dir.resolve("a.torrent"), before);

    ToolRun.of("reannounce", "http://n", torrent.toString());

    String expected =
        ascii(before)
            .replace(
                "8:announce" + Torrents.ANNOUNCE.length() + ":" + Torrents.ANNOUNCE,
                "8:announce8:http://n");
    assertThat(ascii(read(torrent))).isEqualTo(expected);
  }

  @Test
  void withoutTheFlagTheAnnounceListIsKept() {
    byte[] before = Torrents.withExtras();
    Path torrent = write(dir.resolve("a.torrent"), before);

    ToolRun.of("reannounce", "http://new/announce", torrent.toString());

    assertThat(rawValue(read(torrent), "announce-list"))
        .isEqualTo(rawValue(before, "announce-list"));
  }

  @Test
  void emptyFlagRemovesTheAnnounceList() {
    Path torrent = write(dir.resolve("a.torrent"), Torrents.withExtras());

    ToolRun run = ToolRun.of("reannounce", "http://n", "--announce_list", "", torrent.toString());

    assertThat(run.exit()).isZero();
    assertThat(Torrents.rootOf(torrent).containsKey("announce-list")).isFalse();
  }

  @Test
  void addsAnAnnounceListToATorrentWithoutOne() {
    Path torrent = write(dir.resolve("a.torrent"), Torrents.plain());

    ToolRun.of("reannounce", "http://n", "--announce_list=http://a,http://b", torrent.toString());

    Metainfo meta = MetainfoParser.parse(read(torrent));
    assertThat(meta.announce()).isEqualTo("http://n");
    assertThat(meta.announceList()).isEqualTo(List.of(List.of("http://a", "http://b")));
  }

  @Test
  void nonAsciiUrlsAreWrittenAsUtf8() {
    Path torrent = write(dir.resolve("a.torrent"), Torrents.plain());

    ToolRun.of("reannounce", "http://caf\u00e9/announce", torrent.toString());

    assertThat(Torrents.rootOf(torrent).string("announce"))
        .contains(BString.of("http://caf\u00e9/announce"));
  }

  @Test
  void rewritesEveryFileGiven() {
    Path one = write(dir.resolve("1.torrent"), Torrents.plain());
    Path two = write(dir.resolve("2.torrent"), Torrents.withExtras());

    ToolRun run = ToolRun.of("reannounce", "http://n", one.toString(), two.toString());

    assertThat(run.exit()).isZero();
    assertThat(MetainfoParser.parse(read(one)).announce()).isEqualTo("http://n");
    assertThat(MetainfoParser.parse(read(two)).announce()).isEqualTo("http://n");
  }

  @Test
  void leavesNoTemporaryFilesAndKeepsTheFileMode() throws Exception {
    Path torrent = write(dir.resolve("a.torrent"), Torrents.plain());
    Files.setPosixFilePermissions(torrent, PosixFilePermissions.fromString("rw-rw-r--"));

    ToolRun.of("reannounce", "http://n", torrent.toString());

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(torrent);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(torrent)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void rewritesTheTargetOfASymbolicLinkAndKeepsTheLink() throws Exception {
    Path real = write(dir.resolve("real.torrent"), Torrents.plain());
    Path link = Files.createSymbolicLink(dir.resolve("link.torrent"), real.getFileName());

    ToolRun.of("reannounce", "http://n", link.toString());

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(MetainfoParser.parse(read(real)).announce()).isEqualTo("http://n");
  }

  @Test
  void badAnnounceListIsAUsageErrorAndTouchesNothing() {
    byte[] before = Torrents.plain();
    Path torrent = write(dir.resolve("a.torrent"), before);

    ToolRun run =
        ToolRun.of("reannounce", "http://n", "--announce_list", "a,,b", torrent.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("announce list: tier 1 has an empty URL")
        .contains("usage: multitracker-tools reannounce");
    assertThat(read(torrent)).isEqualTo(before);
  }

  @Test
  void missingArgumentsAreAUsageError() {
    assertThat(ToolRun.of("reannounce").exit()).isEqualTo(2);
    assertThat(ToolRun.of("reannounce", "http://n").exit()).isEqualTo(2);
    assertThat(ToolRun.of("reannounce", "", "x.torrent").exit()).isEqualTo(2);
  }

  @Test
  void unknownOptionIsAUsageError() {
    ToolRun run = ToolRun.of("reannounce", "http://n", "--annouce_list", "a", "x.torrent");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown option --annouce_list");
  }
}
