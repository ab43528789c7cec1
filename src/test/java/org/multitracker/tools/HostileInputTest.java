package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.read;
import static org.multitracker.testing.Torrents.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Torrents;

/** Whatever is wrong with a file, the tools say so, exit 1 and leave the file as it was. */
class HostileInputTest {

  @TempDir Path dir;

  static Stream<Arguments> badFiles() {
    byte[] valid = Torrents.plain();
    return Stream.of(
        Arguments.of(
            "not bencode", "hello world\n".getBytes(), "not a valid torrent: not bencoded"),
        Arguments.of(
            "truncated",
            Arrays.copyOf(valid, valid.length - 5),
            "not a valid torrent: not bencoded: truncated input"),
        Arguments.of(
            "info missing",
            Bencoder.encode(BDict.builder().put("announce", "http://x").build()),
            "not a valid torrent: info dictionary missing"),
        Arguments.of("empty", new byte[0], "not a valid torrent: torrent file is empty"),
        Arguments.of(
            "too large",
            new byte[MetainfoParser.MAX_SIZE + 1],
            "larger than the limit of " + MetainfoParser.MAX_SIZE + " bytes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void reannounceReportsAndLeavesTheFileUntouched(String what, byte[] content, String reason) {
    Path file = write(dir.resolve("bad.torrent"), content);

    ToolRun run = ToolRun.of("reannounce", "http://n", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith(file + ": " + reason);
    assertThat(read(file)).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void showmetainfoReportsWithoutPrintingAHalfReport(String what, byte[] content, String reason) {
    Path file = write(dir.resolve("bad.torrent"), content);

    ToolRun run = ToolRun.of("showmetainfo", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(file + ": " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"reannounce", "showmetainfo"})
  void directoryInsteadOfAFile(String command) throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub.torrent"));

    ToolRun run = run(command, sub);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(sub + ": is a directory\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reannounce", "showmetainfo"})
  void missingFile(String command) {
    Path missing = dir.resolve("missing.torrent");

    ToolRun run = run(command, missing);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(missing + ": no such file or directory\n");
    assertThat(missing).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reannounce", "showmetainfo"})
  void goodFilesAfterABadOneAreStillProcessed(String command) {
    Path bad = write(dir.resolve("bad.torrent"), "x".getBytes());
    Path good = write(dir.resolve("good.torrent"), Torrents.plain());

    ToolRun run = run(command, bad, good);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith(bad + ": ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"reannounce", "showmetainfo"})
  void controlCharactersInFileNamesAreEscapedInMessages(String command) {
    ToolRun run = run(command, dir.resolve("evil\u001b[2J.torrent"));

    assertThat(run.err()).contains("evil\\x1b[2J.torrent: no such file").doesNotContain("\u001b");
  }

  private static ToolRun run(String command, Path... files) {
    Stream<String> names = Arrays.stream(files).map(Path::toString);
    String[] args =
        command.equals("reannounce")
            ? Stream.concat(Stream.of(command, "http://n"), names).toArray(String[]::new)
            : Stream.concat(Stream.of(command), names).toArray(String[]::new);
    return ToolRun.of(args);
  }
}
