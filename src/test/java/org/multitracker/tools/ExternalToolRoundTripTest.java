package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.Metainfo;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Prerequisites;
import org.multitracker.testing.Torrents;

/**
 * Torrents made by another tool (mktorrent or transmission-create) survive our rewriting: they
 * carry keys in their own style, which our own test files could not show. Skipped when neither is
 * installed.
 */
class ExternalToolRoundTripTest {

  @TempDir Path dir;
  private Path tool;

  @BeforeEach
  void findTool() {
    tool = Prerequisites.command("mktorrent", "transmission-create");
  }

  @Test
  void reannounceKeepsTheInfoHashOfAMultiFileTorrent() throws Exception {
    Path album = Files.createDirectories(dir.resolve("album"));
    Files.writeString(album.resolve("one.txt"), "1".repeat(50_000));
    Files.writeString(album.resolve("caf\u00e9.txt"), "22");
    Path torrent = make(album, dir.resolve("album.torrent"));
    byte[] before = read(torrent);
    InfoHash hash = MetainfoParser.parse(before).infoHash();

    ToolRun run =
        ToolRun.of(
            "reannounce",
            "http://new/announce",
            "--announce_list",
            "http://new/announce,http://b|udp://c:6969",
            torrent.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    byte[] after = read(torrent);
    Metainfo meta = MetainfoParser.parse(after);
    assertThat(meta.infoHash()).isEqualTo(hash);
    assertThat(Torrents.rawValue(after, "info")).isEqualTo(Torrents.rawValue(before, "info"));
    assertThat(meta.announce()).isEqualTo("http://new/announce");
    assertThat(meta.announceList())
        .isEqualTo(List.of(List.of("http://new/announce", "http://b"), List.of("udp://c:6969")));
    assertThat(ToolRun.of("showmetainfo", torrent.toString()).out())
        .contains("info hash ......: " + hash.hex());
  }

  @Test
  void otherTopLevelKeysOfTheToolAreKept() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "hello");
    Path torrent = make(file, dir.resolve("f.torrent"));
    byte[] before = read(torrent);

    ToolRun.of("reannounce", "http://new/announce", torrent.toString());

    byte[] after = read(torrent);
    for (String key : Torrents.rootOf(torrent).entries().keySet()) {
      if (!key.equals("announce")) {
        assertThat(Torrents.rawValue(after, key)).as(key).isEqualTo(Torrents.rawValue(before, key));
      }
    }
  }

  private Path make(Path source, Path output) throws Exception {
    List<String> command = new ArrayList<>(List.of(tool.toString()));
    String flag = tool.getFileName().toString().equals("mktorrent") ? "-a" : "-t";
    command.addAll(
        List.of(flag, "http://old/announce", "-o", output.toString(), source.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(log).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    return output;
  }
}
