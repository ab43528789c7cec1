package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BString;
import org.multitracker.metainfo.Metainfo;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Torrents;

class MakeMetafileTest {

  private static final int POW2 = 15;
  private static final int PIECE = 1 << POW2;

  @TempDir Path dir;

  @Test
  void singleFileTorrentHasCorrectPieceHashes() throws Exception {
    byte[] content = randomBytes(PIECE * 2 + 123);
    Path file = Files.write(dir.resolve("data.bin"), content);

    ToolRun run =
        ToolRun.of("makemetafile", file.toString(), "http://t/announce", "--piece_size_pow2", "15");

    assertThat(run.exit()).as(run.err()).isZero();
    Path torrent = dir.resolve("data.bin.torrent");
    Metainfo meta = MetainfoParser.parse(read(torrent));
    assertThat(meta.name()).isEqualTo("data.bin");
    assertThat(meta.totalLength()).isEqualTo(content.length);
    assertThat(meta.fileCount()).isEqualTo(1);
    assertThat(meta.announce()).isEqualTo("http://t/announce");
    BDict info = Torrents.rootOf(torrent).dict("info").orElseThrow();
    assertThat(info.integer("piece length")).hasValue(PIECE);
    assertThat(info.integer("length")).hasValue(content.length);
    assertThat(info.string("pieces").orElseThrow().bytes()).isEqualTo(pieceHashes(content));
  }

  @Test
  void directoryTorrentListsFilesSortedAndHashesAcrossBoundaries() throws Exception {
    Path album = Files.createDirectories(dir.resolve("album"));
    byte[] a = randomBytes(PIECE + 7);
    byte[] b = randomBytes(100);
    byte[] c = randomBytes(PIECE - 1);
    Files.createDirectories(album.resolve("sub"));
    Files.write(album.resolve("sub/c.bin"), c);
    Files.write(album.resolve("b.bin"), b);
    Files.write(album.resolve("a.bin"), a);

    ToolRun run =
        ToolRun.of("makemetafile", album.toString(), "http://t/a", "--piece_size_pow2=15");

    assertThat(run.exit()).as(run.err()).isZero();
    Path torrent = dir.resolve("album.torrent");
    Metainfo meta = MetainfoParser.parse(read(torrent));
    assertThat(meta.name()).isEqualTo("album");
    assertThat(meta.fileCount()).isEqualTo(3);
    BDict info = Torrents.rootOf(torrent).dict("info").orElseThrow();
    List<List<String>> paths =
        info.list("files").orElseThrow().items().stream()
            .map(
                f ->
                    ((BDict) f)
                        .list("path").orElseThrow().items().stream()
                            .map(p -> ((BString) p).utf8())
                            .toList())
            .toList();
    assertThat(paths).containsExactly(List.of("a.bin"), List.of("b.bin"), List.of("sub", "c.bin"));
    assertThat(info.string("pieces").orElseThrow().bytes()).isEqualTo(pieceHashes(concat(a, b, c)));
  }

  @Test
  void skipsDotFilesAndDoesNotFollowSymbolicLinks() throws Exception {
    Path album = Files.createDirectories(dir.resolve("album"));
    Files.writeString(album.resolve("kept.txt"), "kept");
    Files.writeString(album.resolve(".hidden"), "no");
    Files.createDirectories(album.resolve(".git"));
    Files.writeString(album.resolve(".git/config"), "no");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret"), "no");
    Files.createSymbolicLink(album.resolve("link"), outside);

    ToolRun run = ToolRun.of("makemetafile", album.toString(), "http://t/a");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("link: skipped: symbolic links are not followed");
    Metainfo meta = MetainfoParser.parse(read(dir.resolve("album.torrent")));
    assertThat(meta.fileCount()).isEqualTo(1);
    assertThat(meta.totalLength()).isEqualTo(4);
  }

  @Test
  void writesTargetWithAnnounceListCommentAndCreationDate() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "hello");
    Path target = dir.resolve("out/custom.torrent");
    Files.createDirectories(target.getParent());

    ToolRun run =
        ToolRun.of(
            "makemetafile",
            file.toString(),
            "http://t/a",
            "--announce_list",
            "http://t/a,http://t/b|http://u",
            "--comment",
            "made in a test",
            "--target",
            target.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(dir.resolve("f.txt.torrent")).doesNotExist();
    Metainfo meta = MetainfoParser.parse(read(target));
    assertThat(meta.announceList())
        .isEqualTo(List.of(List.of("http://t/a", "http://t/b"), List.of("http://u")));
    BDict root = Torrents.rootOf(target);
    assertThat(root.utf8("comment")).contains("made in a test");
    assertThat(root.integer("creation date").orElseThrow()).isPositive();
  }

  @Test
  void defaultPieceSizeIs256KibForSmallInputs() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "hello");

    ToolRun.of("makemetafile", file.toString(), "http://t/a");

    BDict info = Torrents.rootOf(dir.resolve("f.txt.torrent")).dict("info").orElseThrow();
    assertThat(info.integer("piece length")).hasValue(1 << 18);
    assertThat(info.string("pieces").orElseThrow().bytes())
        .isEqualTo(sha1("hello".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void madeTorrentSurvivesReannounceWithTheSameInfoHash() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "hello");
    ToolRun.of("makemetafile", file.toString(), "http://t/a");
    Path torrent = dir.resolve("f.txt.torrent");
    var hash = Torrents.infoHash(torrent);

    ToolRun.of("reannounce", "http://other/a", torrent.toString());

    assertThat(Torrents.infoHash(torrent)).isEqualTo(hash);
  }

  @Test
  void pieceSizeOutOfRangeIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "hello");

    for (String pow2 : List.of("14", "25", "x")) {
      ToolRun run =
          ToolRun.of("makemetafile", file.toString(), "http://t/a", "--piece_size_pow2", pow2);
      assertThat(run.exit()).as(pow2).isEqualTo(2);
      assertThat(run.err()).contains("--piece_size_pow2 must be");
    }
    assertThat(dir.resolve("f.txt.torrent")).doesNotExist();
  }

  @Test
  void missingSourceAndEmptyDirectoryFail() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve(".only-hidden"), "x");

    ToolRun missing = ToolRun.of("makemetafile", dir.resolve("nope").toString(), "http://t/a");
    ToolRun none = ToolRun.of("makemetafile", empty.toString(), "http://t/a");

    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo(dir.resolve("nope") + ": no such file or directory\n");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).isEqualTo(empty + ": directory holds no files to share\n");
    assertThat(dir.resolve("empty.torrent")).doesNotExist();
  }

  @Test
  void wrongArgumentCountIsAUsageError() {
    assertThat(ToolRun.of("makemetafile", "x").exit()).isEqualTo(2);
    assertThat(ToolRun.of("makemetafile", "x", "http://t", "y").exit()).isEqualTo(2);
  }

  @Test
  void noProgressLineWhenStderrIsNotATerminal() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "hello");

    assertThat(ToolRun.of("makemetafile", file.toString(), "http://t/a").err()).isEmpty();
    assertThat(ToolRun.onTerminal("makemetafile", file.toString(), "http://t/a").err()).isEmpty();
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random(n).nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int total = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] out = new byte[total];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static byte[] pieceHashes(byte[] content) throws Exception {
    byte[] out = new byte[(content.length + PIECE - 1) / PIECE * 20];
    for (int i = 0; i * PIECE < content.length; i++) {
      byte[] piece =
          Arrays.copyOfRange(content, i * PIECE, Math.min(content.length, (i + 1) * PIECE));
      System.arraycopy(sha1(piece), 0, out, i * 20, 20);
    }
    return out;
  }

  private static byte[] sha1(byte[] data) throws Exception {
    return MessageDigest.getInstance("SHA-1").digest(data);
  }
}
