package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.testing.Prerequisites;
import org.multitracker.testing.Torrents;

/**
 * Torrents made by a real tool (mktorrent or transmission-create) are tracked: our own test files
 * could share a blind spot with our parser. Skipped when neither tool is installed.
 */
class ExternalTorrentToolTest {

  // "Über café ✓", spelt in escapes so the source stays ASCII.
  private static final String NON_ASCII = "\u00dcber caf\u00e9 \u2713";

  @TempDir Path dir;
  private Path tool;

  @BeforeEach
  void findTool() {
    tool = Prerequisites.command("mktorrent", "transmission-create");
  }

  @Test
  void tracksASingleFileTorrentWithANonAsciiName() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path file = Files.writeString(content.resolve(NON_ASCII + ".txt"), "hello tracker\n");
    Path allowed = Files.createDirectories(dir.resolve("allowed"));

    make(file, allowed.resolve("single.torrent"));
    ScanResult result = new AllowedDirScan().scan(allowed);

    assertThat(result.warnings()).isEmpty();
    AllowedTorrent torrent = result.allowed().torrents().iterator().next();
    assertThat(torrent.meta().name()).isEqualTo(NON_ASCII + ".txt");
    assertThat(torrent.meta().fileCount()).isEqualTo(1);
    assertThat(torrent.meta().totalLength()).isEqualTo(Files.size(file));
  }

  @Test
  void tracksAMultiFileTorrent() throws Exception {
    Path content = Files.createDirectories(dir.resolve("album"));
    Files.writeString(content.resolve("one.txt"), "1");
    Files.writeString(content.resolve(NON_ASCII), "22");
    Files.createDirectories(content.resolve("sub"));
    Files.writeString(content.resolve("sub/three.txt"), "333");
    Path allowed = Files.createDirectories(dir.resolve("allowed"));

    make(content, allowed.resolve("album.torrent"));
    ScanResult result = new AllowedDirScan().scan(allowed);

    assertThat(result.warnings()).isEmpty();
    AllowedTorrent torrent = result.allowed().torrents().iterator().next();
    assertThat(torrent.meta().name()).isEqualTo("album");
    assertThat(torrent.meta().fileCount()).isEqualTo(3);
    assertThat(torrent.meta().totalLength()).isEqualTo(6);
    assertThat(torrent.meta().announce()).isEqualTo(Torrents.ANNOUNCE);
  }

  private void make(Path source, Path output) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool.toString()));
    if (tool.getFileName().toString().equals("mktorrent")) {
      command.addAll(List.of("-a", Torrents.ANNOUNCE, "-o", output.toString()));
    } else {
      command.addAll(List.of("-t", Torrents.ANNOUNCE, "-o", output.toString()));
    }
    command.add(source.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(log).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
  }
}
