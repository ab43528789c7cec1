package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.infoHash;
import static org.multitracker.testing.Torrents.multiFile;
import static org.multitracker.testing.Torrents.singleFile;
import static org.multitracker.testing.Torrents.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.Torrents;

class AllowedDirScanTest {

  @TempDir Path dir;
  private final AllowedDirScan scan = new AllowedDirScan();
  private final AtomicInteger parses = new AtomicInteger();
  private final List<Path> reads = new ArrayList<>();

  AllowedDirScanTest() {
    scan.parser =
        bytes -> {
          parses.incrementAndGet();
          return MetainfoParser.parse(bytes);
        };
    scan.reader =
        file -> {
          reads.add(file);
          return Files.readAllBytes(file);
        };
  }

  private List<String> names(ScanResult result) {
    return result.allowed().torrents().stream().map(t -> t.meta().name()).toList();
  }

  private static void touch(Path file, long millis) throws IOException {
    Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
  }

  @Test
  void tracksSingleAndMultiFileTorrentsWithTheirFileFacts() throws IOException {
    Path single = write(dir, "a.torrent", singleFile("movie.mkv", 1234));
    Path multi = write(dir, "b.torrent", multiFile("album", 10, 20, 30));
    touch(single, 1_600_000_000_000L);

    ScanResult result = scan.scan(dir);

    assertThat(result.warnings()).isEmpty();
    assertThat(result.removed()).isEmpty();
    AllowedTorrent a = result.allowed().get(infoHash(Files.readAllBytes(single))).orElseThrow();
    assertThat(a.meta().name()).isEqualTo("movie.mkv");
    assertThat(a.meta().fileCount()).isEqualTo(1);
    assertThat(a.meta().totalLength()).isEqualTo(1234);
    assertThat(a.file()).isEqualTo(single);
    assertThat(a.size()).isEqualTo(Files.size(single));
    assertThat(a.mtime()).isEqualTo(1_600_000_000_000L);
    assertThat(a.hasAnnounceList()).isFalse();
    AllowedTorrent b = result.allowed().get(infoHash(Files.readAllBytes(multi))).orElseThrow();
    assertThat(b.meta().fileCount()).isEqualTo(3);
    assertThat(b.meta().totalLength()).isEqualTo(60);
  }

  @Test
  void keepsAnnounceListAndControlKeys() {
    byte[] listed =
        Torrents.withAnnounceList("t2t", List.of(List.of("http://a/announce", "http://b/a")));
    byte[] controlled = Torrents.of("ctl", List.of(), "go away", "be nice");
    write(dir, "listed.torrent", listed);
    write(dir, "controlled.torrent", controlled);

    AllowedSet set = scan.scan(dir).allowed();

    AllowedTorrent t2t = set.get(infoHash(listed)).orElseThrow();
    assertThat(t2t.hasAnnounceList()).isTrue();
    assertThat(t2t.meta().announceList())
        .containsExactly(List.of("http://a/announce", "http://b/a"));
    AllowedTorrent ctl = set.get(infoHash(controlled)).orElseThrow();
    assertThat(ctl.meta().failureReason()).contains("go away");
    assertThat(ctl.meta().warningMessage()).contains("be nice");
  }

  @Test
  void readsOnlyTheShallowestDirectoriesThatHoldTorrents() {
    write(dir, "readme.txt", "not a torrent".getBytes(StandardCharsets.UTF_8));
    write(dir, "a/x.torrent", singleFile("x", 1));
    write(dir, "a/payload/y.torrent", singleFile("y", 1));
    write(dir, "b/c/z.torrent", singleFile("z", 1));
    write(dir, "b/c/d/w.torrent", singleFile("w", 1));

    assertThat(names(scan.scan(dir))).containsExactly("x", "z");
  }

  @Test
  void torrentsInTheTopDirectoryHideEverythingBelow() {
    write(dir, "top.torrent", singleFile("top", 1));
    write(dir, "sub/below.torrent", singleFile("below", 1));

    assertThat(names(scan.scan(dir))).containsExactly("top");
  }

  @Test
  void skipsDotFilesAndDotDirectories() {
    write(dir, ".hidden.torrent", singleFile("hidden", 1));
    write(dir, ".git/x/in-dot-dir.torrent", singleFile("in-dot-dir", 1));
    write(dir, "sub/visible.torrent", singleFile("visible", 1));

    assertThat(names(scan.scan(dir))).containsExactly("visible");
  }

  @Test
  void doesNotFollowLinkedDirectories() throws IOException {
    write(dir, "elsewhere/outside.torrent", singleFile("outside", 1));
    Files.createDirectories(dir.resolve("tree/sub"));
    Files.createSymbolicLink(dir.resolve("tree/sub/loop"), dir.resolve("tree"));
    Path allowed = dir.resolve("tree");
    Files.createSymbolicLink(allowed.resolve("linked"), dir.resolve("elsewhere"));

    ScanResult result = scan.scan(allowed);

    assertThat(result.allowed().torrents()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void followsALinkToATorrentFile() throws IOException {
    Path target = write(dir, "store/real.bin", singleFile("linked", 1));
    Path allowed = Files.createDirectory(dir.resolve("allowed"));
    Files.createSymbolicLink(allowed.resolve("linked.torrent"), target);

    assertThat(names(scan.scan(allowed))).containsExactly("linked");
  }

  @Test
  void blocksABrokenLinkWithTheReason() throws IOException {
    Files.createSymbolicLink(dir.resolve("broken.torrent"), dir.resolve("nowhere"));

    ScanResult result = scan.scan(dir);

    assertThat(result.allowed().blocked())
        .containsEntry(dir.resolve("broken.torrent"), "no such file or directory");
    assertThat(result.warnings()).singleElement().asString().contains("broken.torrent");
  }

  @Test
  void parsesAFileAgainOnlyWhenItsMtimeOrSizeChanges() throws IOException {
    Path file = write(dir, "a.torrent", singleFile("a", 1));
    write(dir, "b.torrent", singleFile("b", 1));
    touch(file, 1_000_000);

    scan.scan(dir);
    scan.scan(dir);
    assertThat(parses).hasValue(2);

    touch(file, 2_000_000);
    scan.scan(dir);
    assertThat(parses).hasValue(3);
    assertThat(reads).endsWith(file);

    Files.write(file, singleFile("a-longer-name", 1));
    touch(file, 2_000_000);
    ScanResult result = scan.scan(dir);
    assertThat(parses).hasValue(4);
    assertThat(names(result)).containsExactly("a-longer-name", "b");
  }

  @Test
  void warnsAboutABadFileOnceUntilItChanges() throws IOException {
    Path bad = write(dir, "bad.torrent", "garbage".getBytes(StandardCharsets.UTF_8));
    touch(bad, 1_000_000);

    ScanResult first = scan.scan(dir);
    ScanResult second = scan.scan(dir);
    touch(bad, 2_000_000);
    ScanResult third = scan.scan(dir);

    assertThat(first.warnings()).singleElement().asString().contains("bad.torrent", "not bencoded");
    assertThat(second.warnings()).isEmpty();
    assertThat(second.allowed().blocked()).containsKey(bad);
    assertThat(third.warnings()).hasSize(1);
  }

  @Test
  void blocksMalformedFilesWithTheParsersReason() {
    byte[] good = singleFile("good", 1);
    write(dir, "truncated.torrent", Arrays.copyOf(good, good.length - 5));
    write(dir, "text.torrent", "hello".getBytes(StandardCharsets.UTF_8));
    write(dir, "noinfo.torrent", "d8:announce3:urle".getBytes(StandardCharsets.UTF_8));
    write(dir, "empty.torrent", new byte[0]);

    ScanResult result = scan.scan(dir);

    assertThat(result.allowed().torrents()).isEmpty();
    assertThat(result.allowed().blocked())
        .hasSize(4)
        .containsEntry(dir.resolve("noinfo.torrent"), "info dictionary missing")
        .containsEntry(dir.resolve("empty.torrent"), "torrent file is empty");
    assertThat(result.allowed().blocked().get(dir.resolve("truncated.torrent")))
        .startsWith("not bencoded");
    assertThat(result.warnings()).hasSize(4);
  }

  @Test
  void blocksAnOversizedFileWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.torrent");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(17L * 1024 * 1024); // sparse: costs no disk
    }

    ScanResult result = scan.scan(dir);

    assertThat(reads).isEmpty();
    assertThat(result.allowed().blocked())
        .containsEntry(big, "file too large: " + 17L * 1024 * 1024 + " bytes");
  }

  @Test
  void blocksADuplicateWithOneWarningNamingBothFiles() throws IOException {
    byte[] torrent = singleFile("same", 1);
    Path first = write(dir, "a.torrent", torrent);
    Path copy = write(dir, "b.torrent", torrent);

    ScanResult result = scan.scan(dir);
    ScanResult again = scan.scan(dir);

    assertThat(result.allowed().get(infoHash(torrent)).orElseThrow().file()).isEqualTo(first);
    assertThat(result.allowed().blocked().get(copy)).startsWith("duplicate of " + first);
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains(first.toString(), copy.toString());
    assertThat(again.warnings()).isEmpty();
  }

  @Test
  void anAcceptedFileKeepsItsHashAgainstANewcomerThatSortsFirst() {
    byte[] torrent = singleFile("same", 1);
    Path incumbent = write(dir, "b.torrent", torrent);
    scan.scan(dir);
    Path newcomer = write(dir, "a.torrent", torrent);

    ScanResult result = scan.scan(dir);

    assertThat(result.allowed().get(infoHash(torrent)).orElseThrow().file()).isEqualTo(incumbent);
    assertThat(result.allowed().blocked()).containsOnlyKeys(newcomer);
    assertThat(result.removed()).isEmpty();
  }

  @Test
  void theDuplicateTakesOverWhenTheOriginalGoes() throws IOException {
    byte[] torrent = singleFile("same", 1);
    Path first = write(dir, "a.torrent", torrent);
    Path copy = write(dir, "b.torrent", torrent);
    scan.scan(dir);

    Files.delete(first);
    ScanResult result = scan.scan(dir);

    assertThat(result.allowed().get(infoHash(torrent)).orElseThrow().file()).isEqualTo(copy);
    assertThat(result.allowed().blocked()).isEmpty();
    assertThat(result.removed()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void reportsTorrentsThatLeft() throws IOException {
    byte[] gone = singleFile("gone", 1);
    byte[] before = singleFile("before", 1);
    Path goneFile = write(dir, "gone.torrent", gone);
    Path edited = write(dir, "edited.torrent", before);
    write(dir, "stays.torrent", singleFile("stays", 1));
    scan.scan(dir);

    Files.delete(goneFile);
    Files.write(edited, singleFile("after", 1));
    touch(edited, 5_000_000);
    ScanResult result = scan.scan(dir);

    assertThat(result.removed()).containsExactlyInAnyOrder(infoHash(gone), infoHash(before));
    assertThat(names(result)).containsExactly("after", "stays");
    assertThat(scan.scan(dir).removed()).isEmpty();
  }

  @Test
  void tracksAHostileNameVerbatim() {
    String name = "<img src=x onerror=alert(1)>";
    write(dir, "x.torrent", singleFile(name, 1));

    assertThat(names(scan.scan(dir))).containsExactly(name);
  }

  @Test
  void keepsThePreviousSetWhileTheDirectoryIsGoneAndWarnsOnce() throws IOException {
    Path allowed = dir.resolve("allowed");
    write(allowed, "a.torrent", singleFile("a", 1));
    AllowedSet loaded = scan.scan(allowed).allowed();

    Path moved = dir.resolve("moved");
    Files.move(allowed, moved);
    ScanResult missing = scan.scan(allowed);
    ScanResult stillMissing = scan.scan(allowed);
    Files.move(moved, allowed);
    ScanResult back = scan.scan(allowed);

    assertThat(missing.allowed()).isSameAs(loaded);
    assertThat(missing.removed()).isEmpty();
    assertThat(missing.warnings())
        .singleElement()
        .asString()
        .contains("cannot read allowed_dir", "no such file or directory");
    assertThat(stillMissing.warnings()).isEmpty();
    assertThat(back.warnings()).isEmpty();
    assertThat(names(back)).containsExactly("a");
  }

  @Test
  void startsEmptyWhenTheDirectoryIsMissing() {
    ScanResult result = scan.scan(dir.resolve("absent"));

    assertThat(result.allowed().torrents()).isEmpty();
    assertThat(result.warnings()).hasSize(1);
  }

  @Test
  void ignoresDirectoriesBeyondTheDepthLimitWithOneWarning() {
    String deep = "d/".repeat(TorrentTree.MAX_DEPTH + 1);
    write(dir, deep + "deep.torrent", singleFile("deep", 1));
    // x is at depth 32, the deepest directory still read
    write(dir, "d/".repeat(TorrentTree.MAX_DEPTH - 1) + "x/ok.torrent", singleFile("ok", 1));

    ScanResult first = scan.scan(dir);
    ScanResult second = scan.scan(dir);

    assertThat(names(first)).containsExactly("ok");
    assertThat(first.warnings()).singleElement().asString().contains("deeper than 32");
    assertThat(second.warnings()).isEmpty();
  }

  @Test
  void takesNoMoreThanTheFileLimitWithOneWarning() {
    scan.maxFiles = 2;
    write(dir, "a/1.torrent", singleFile("1", 1));
    write(dir, "a/2.torrent", singleFile("2", 1));
    write(dir, "b/3.torrent", singleFile("3", 1));

    ScanResult first = scan.scan(dir);
    ScanResult second = scan.scan(dir);

    assertThat(names(first)).containsExactly("1", "2");
    assertThat(first.warnings()).singleElement().asString().contains("more than 2");
    assertThat(second.warnings()).isEmpty();
  }

  @Test
  void anIoErrorBlocksOnlyThatFile() {
    Path bad = write(dir, "a.torrent", singleFile("a", 1));
    write(dir, "b.torrent", singleFile("b", 1));
    scan.reader =
        file -> {
          if (file.equals(bad)) {
            throw new IOException("disk on fire");
          }
          return Files.readAllBytes(file);
        };

    ScanResult result = scan.scan(dir);

    assertThat(names(result)).containsExactly("b");
    assertThat(result.allowed().blocked()).containsEntry(bad, "disk on fire");
  }

  @Test
  void anEmptyDirectoryAllowsNothing() {
    ScanResult result = scan.scan(dir);

    assertThat(result.allowed().size()).isZero();
    assertThat(result.allowed().contains(new InfoHash(new byte[20]))).isFalse();
    assertThat(result.warnings()).isEmpty();
  }
}
