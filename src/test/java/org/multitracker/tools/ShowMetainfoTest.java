package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.infoHash;
import static org.multitracker.testing.Torrents.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.Bencoder;
import org.multitracker.testing.Torrents;

class ShowMetainfoTest {

  @TempDir Path dir;

  @Test
  void printsASingleFileTorrent() {
    Path file = write(dir.resolve("a.torrent"), Torrents.withExtras());

    ToolRun run = ToolRun.of("showmetainfo", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "metainfo file ..: "
                + file
                + "\n"
                + "info hash ......: "
                + infoHash(file).hex()
                + "\n"
                + "name ...........: file.bin\n"
                + "total size .....: 20000\n"
                + "file count .....: 1\n"
                + "piece length ...: 16384\n"
                + "piece count ....: 2\n"
                + "announce .......: "
                + Torrents.ANNOUNCE
                + "\n"
                + "announce-list ..:\n"
                + "    tier 1: http://t1, http://t2\n");
  }

  @Test
  void listsTheFilesOfAMultiFileTorrent() {
    Path file = write(dir.resolve("m.torrent"), multiFile("album", "one.txt", "sub", "two.txt"));

    ToolRun run = ToolRun.of("showmetainfo", file.toString());

    assertThat(run.out())
        .contains("name ...........: album\n")
        .contains("total size .....: 30\n")
        .contains("file count .....: 2\n")
        .contains("files ..........:\n    one.txt (10)\n    sub/two.txt (20)\n");
  }

  @Test
  void escapesControlCharactersInNamesAndPaths() {
    Path file =
        write(
            dir.resolve("m.torrent"),
            multiFile("a\u001b]0;pwned\u0007", "x\ny", "s", "\u202eevil"));

    String out = ToolRun.of("showmetainfo", file.toString()).out();

    assertThat(out)
        .contains("name ...........: a\\x1b]0;pwned\\x07\n")
        .contains("    x\\x0ay (10)\n")
        .contains("    s/\\u202eevil (20)\n")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  @Test
  void separatesReportsWithABlankLine() {
    Path a = write(dir.resolve("a.torrent"), Torrents.plain());
    Path b = write(dir.resolve("b.torrent"), Torrents.plain());

    String out = ToolRun.of("showmetainfo", a.toString(), b.toString()).out();

    assertThat(out).contains("\n\nmetainfo file ..: " + b + "\n");
  }

  @Test
  void needsAFile() {
    ToolRun run = ToolRun.of("showmetainfo");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("usage: multitracker-tools showmetainfo");
  }

  private static byte[] multiFile(String name, String first, String dir, String second) {
    BDict info =
        BDict.builder()
            .put(
                "files",
                BList.of(
                    BDict.builder()
                        .put("length", 10)
                        .put("path", BList.of(BString.of(first)))
                        .build(),
                    BDict.builder()
                        .put("length", 20)
                        .put("path", BList.of(BString.of(dir), BString.of(second)))
                        .build()))
            .put("name", name)
            .put("piece length", 16384)
            .put("pieces", new byte[20])
            .build();
    return Bencoder.encode(BDict.builder().put("announce", "http://a").put("info", info).build());
  }
}
