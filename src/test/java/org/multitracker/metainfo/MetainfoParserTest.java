package org.multitracker.metainfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.multitracker.testing.Torrents.encode;
import static org.multitracker.testing.Torrents.file;
import static org.multitracker.testing.Torrents.multiFileInfo;
import static org.multitracker.testing.Torrents.root;
import static org.multitracker.testing.Torrents.singleFileInfo;
import static org.multitracker.testing.Torrents.torrent;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BInteger;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bencoder;
import org.multitracker.testing.Torrents;

class MetainfoParserTest {

  private static void assertInvalid(byte[] torrent, String message) {
    assertThatThrownBy(() -> MetainfoParser.parse(torrent))
        .isInstanceOf(InvalidMetainfoException.class)
        .hasMessage(message);
  }

  private static void assertInvalidInfo(Map<String, BValue> info, String message) {
    assertInvalid(torrent(info), message);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void parsesSingleFileTorrent() {
    Metainfo meta = MetainfoParser.parse(torrent(singleFileInfo()));

    assertThat(meta.name()).isEqualTo("file.bin");
    assertThat(meta.totalLength()).isEqualTo(20000);
    assertThat(meta.fileCount()).isEqualTo(1);
    assertThat(meta.announce()).isEqualTo(Torrents.ANNOUNCE);
    assertThat(meta.announceList()).isEmpty();
    assertThat(meta.failureReason()).isEmpty();
    assertThat(meta.warningMessage()).isEmpty();
  }

  @Test
  void parsesMultiFileTorrent() {
    Map<String, BValue> info =
        multiFileInfo(file(100, "cd1", "01.flac"), file(0, "empty"), file(250, "cover.jpg"));

    Metainfo meta = MetainfoParser.parse(torrent(info));

    assertThat(meta.name()).isEqualTo("album");
    assertThat(meta.totalLength()).isEqualTo(350);
    assertThat(meta.fileCount()).isEqualTo(3);
  }

  @Test
  void announceIsOptional() {
    Map<String, BValue> root = root(singleFileInfo());
    root.remove("announce");

    assertThat(MetainfoParser.parse(encode(root)).announce()).isNull();
  }

  @Test
  void decodesUtf8Name() {
    Map<String, BValue> info = singleFileInfo();
    info.put("name", BString.of("\u00e9t\u00e9 \u65e5\u672c.mkv"));

    assertThat(MetainfoParser.parse(torrent(info)).name())
        .isEqualTo("\u00e9t\u00e9 \u65e5\u672c.mkv");
  }

  @Test
  void prefersNameUtf8() {
    Map<String, BValue> info = singleFileInfo();
    info.put("name", BString.of(new byte[] {'c', 'a', 'f', (byte) 0x82})); // CP437 e-acute
    info.put("name.utf-8", BString.of("caf\u00e9"));

    assertThat(MetainfoParser.parse(torrent(info)).name()).isEqualTo("caf\u00e9");
  }

  @Test
  void replacesMalformedUtf8InName() {
    Map<String, BValue> info = singleFileInfo();
    info.put("name", BString.of(new byte[] {'a', (byte) 0xff, 'b'}));

    assertThat(MetainfoParser.parse(torrent(info)).name()).isEqualTo("a\ufffdb");
  }

  @Test
  void acceptsMarkupInNameVerbatim() {
    Map<String, BValue> info = singleFileInfo();
    info.put("name", BString.of("<img src=x onerror=alert(1)>"));

    assertThat(MetainfoParser.parse(torrent(info)).name())
        .isEqualTo("<img src=x onerror=alert(1)>");
  }

  @Test
  void keepsAnnounceListTiersAndDropsEmptyOnes() {
    Map<String, BValue> root = root(singleFileInfo());
    root.put(
        "announce-list",
        BList.of(
            BList.of(BString.of("http://a/announce"), BString.of("udp://b:80")),
            BList.of(),
            BList.of(BString.of("http://c/announce"))));

    assertThat(MetainfoParser.parse(encode(root)).announceList())
        .containsExactly(List.of("http://a/announce", "udp://b:80"), List.of("http://c/announce"));
  }

  @Test
  void rejectsMalformedAnnounceList() {
    Map<String, BValue> root = root(singleFileInfo());

    root.put("announce-list", BString.of("http://a/announce"));
    assertInvalid(encode(root), "announce-list is not a list");

    root.put("announce-list", BList.of(BList.of(), BString.of("http://a/announce")));
    assertInvalid(encode(root), "announce-list tier 1 is not a list");

    root.put("announce-list", BList.of(BList.of(BString.of("http://a/"), BInteger.of(1))));
    assertInvalid(encode(root), "announce-list tier 0 entry 1 is not a string");
  }

  @Test
  void rejectsAnnounceThatIsNotAString() {
    Map<String, BValue> root = root(singleFileInfo());
    root.put("announce", BList.of(BString.of("http://a/")));

    assertInvalid(encode(root), "announce is not a string");
  }

  @Test
  void readsControlKeys() {
    Map<String, BValue> root = root(singleFileInfo());
    root.put("failure reason", BString.of("torrent withdrawn"));
    root.put("warning message", BString.of("mirror is slow"));

    Metainfo meta = MetainfoParser.parse(encode(root));

    assertThat(meta.failureReason()).contains("torrent withdrawn");
    assertThat(meta.warningMessage()).contains("mirror is slow");
  }

  @Test
  void rejectsControlKeyThatIsNotAString() {
    Map<String, BValue> root = root(singleFileInfo());
    root.put("failure reason", BInteger.of(1));

    assertInvalid(encode(root), "failure reason is not a string");
  }

  @Test
  void infoHashMatchesIndependentlyComputedValue() {
    byte[] pieces = new byte[20];
    for (int i = 0; i < 20; i++) {
      pieces[i] = (byte) i;
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(ascii("d8:announce3:url4:infod6:lengthi3e4:name5:a.txt"));
    file.writeBytes(ascii("12:piece lengthi16384e6:pieces20:"));
    file.writeBytes(pieces);
    file.writeBytes(ascii("9:x-unknowni1eee"));

    Metainfo meta = MetainfoParser.parse(file.toByteArray());

    // Computed with Python's hashlib over the info dictionary bytes.
    assertThat(meta.infoHash().hex()).isEqualTo("b8f3387731406db674b228c8edb7e8bc280a439b");
  }

  @Test
  void infoHashCoversUnknownInfoKeys() throws Exception {
    Map<String, BValue> info = singleFileInfo();
    info.put("private", BInteger.of(1));
    info.put("x-custom", BDict.builder().put("nested", "value").build());
    byte[] infoBytes = Bencoder.encode(BDict.of(info));
    byte[] torrent = torrent(info);
    byte[] expected = MessageDigest.getInstance("SHA-1").digest(infoBytes);

    Metainfo meta = MetainfoParser.parse(torrent);

    assertThat(meta.infoHash()).isEqualTo(new InfoHash(expected));
    info.remove("x-custom");
    assertThat(MetainfoParser.parse(torrent(info)).infoHash()).isNotEqualTo(meta.infoHash());
  }

  @Test
  void rejectsEveryTruncation() {
    byte[] torrent = torrent(multiFileInfo(file(1, "a"), file(2, "b", "c")));

    for (int len = 0; len < torrent.length; len++) {
      byte[] prefix = Arrays.copyOf(torrent, len);
      assertThatThrownBy(() -> MetainfoParser.parse(prefix))
          .as("prefix of %d bytes", len)
          .isInstanceOf(InvalidMetainfoException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello", "<html></html>", "d4:infoe", "i1ei2e", "{\"info\": {}}"})
  void rejectsInputThatIsNotBencode(String text) {
    assertThatThrownBy(() -> MetainfoParser.parse(ascii(text)))
        .isInstanceOf(InvalidMetainfoException.class)
        .hasMessageStartingWith("not bencoded: ");
  }

  @Test
  void reportsUnsortedKeysWithOffset() {
    assertInvalid(ascii("d4:infode1:ai1ee"), "not bencoded: unsorted dictionary keys at byte 9");
  }

  @Test
  void rejectsEmptyInput() {
    assertInvalid(new byte[0], "torrent file is empty");
  }

  @Test
  void rejectsHugeInputBeforeDecoding() {
    byte[] huge = new byte[MetainfoParser.MAX_SIZE + 1];

    assertInvalid(huge, "torrent file of 16777217 bytes exceeds the limit of 16777216 bytes");
  }

  @Test
  void rejectsTopLevelThatIsNotADictionary() {
    assertInvalid(ascii("l4:infoe"), "top level is not a dictionary");
  }

  @Test
  void rejectsMissingInfo() {
    Map<String, BValue> root = root(singleFileInfo());
    root.remove("info");

    assertInvalid(encode(root), "info dictionary missing");
  }

  @Test
  void rejectsInfoThatIsNotADictionary() {
    Map<String, BValue> root = root(singleFileInfo());
    root.put("info", BList.of());

    assertInvalid(encode(root), "info is not a dictionary");
  }

  @Test
  void rejectsBadNames() {
    Map<String, BValue> info = singleFileInfo();

    info.remove("name");
    assertInvalidInfo(info, "name missing");
    info.put("name", BInteger.of(1));
    assertInvalidInfo(info, "name is not a string");
    info.put("name", BString.of(""));
    assertInvalidInfo(info, "name is empty");
    info.put("name", BString.of("."));
    assertInvalidInfo(info, "name is \".\"");
    info.put("name", BString.of(".."));
    assertInvalidInfo(info, "name is \"..\"");
    info.put("name", BString.of("../etc/passwd"));
    assertInvalidInfo(info, "name contains '/'");
    info.put("name", BString.of("a\u0000b"));
    assertInvalidInfo(info, "name contains a NUL byte");
  }

  @Test
  void checksNameUtf8LikeName() {
    Map<String, BValue> info = singleFileInfo();
    info.put("name.utf-8", BString.of(".."));

    assertInvalidInfo(info, "name.utf-8 is \"..\"");
  }

  @Test
  void acceptsNamesThatOnlyLookLikeDots() {
    Map<String, BValue> info = singleFileInfo();
    info.put("name", BString.of("..."));

    assertThat(MetainfoParser.parse(torrent(info)).name()).isEqualTo("...");
  }

  @Test
  void rejectsBadPieceLength() {
    Map<String, BValue> info = singleFileInfo();

    info.remove("piece length");
    assertInvalidInfo(info, "piece length missing");
    info.put("piece length", BInteger.of(0));
    assertInvalidInfo(info, "piece length must be positive, got 0");
    info.put("piece length", BInteger.of(-16384));
    assertInvalidInfo(info, "piece length must be positive, got -16384");
    info.put("piece length", BString.of("16384"));
    assertInvalidInfo(info, "piece length is not an integer");
  }

  @Test
  void rejectsBadPieces() {
    Map<String, BValue> info = singleFileInfo();

    info.put("pieces", BString.of(new byte[41]));
    assertInvalidInfo(info, "pieces length 41 is not a multiple of 20");
    info.put("pieces", BList.of());
    assertInvalidInfo(info, "pieces is not a string");
    info.remove("pieces");
    assertInvalidInfo(info, "pieces missing");
  }

  @Test
  void rejectsNegativeLength() {
    Map<String, BValue> info = singleFileInfo();
    info.put("length", BInteger.of(-1));

    assertInvalidInfo(info, "negative length -1");
  }

  @Test
  void requiresExactlyOneOfLengthAndFiles() {
    Map<String, BValue> both = multiFileInfo(file(1, "a"));
    both.put("length", BInteger.of(1));
    Map<String, BValue> neither = singleFileInfo();
    neither.remove("length");

    assertInvalidInfo(both, "info has both length and files");
    assertInvalidInfo(neither, "info has neither length nor files");
  }

  @Test
  void rejectsMalformedFilesList() {
    Map<String, BValue> info = multiFileInfo();
    assertInvalidInfo(info, "files list is empty");

    info.put("files", BDict.of(Map.of()));
    assertInvalidInfo(info, "files is not a list");

    assertInvalidInfo(multiFileInfo(file(1, "a"), BString.of("b")), "file 1 is not a dictionary");
    assertInvalidInfo(multiFileInfo(file(-5, "a")), "file 0 has negative length -5");
    assertInvalidInfo(
        multiFileInfo(BDict.builder().put("path", BList.of(BString.of("a"))).build()),
        "file 0 length missing");
    assertInvalidInfo(
        multiFileInfo(BDict.builder().put("length", 1).build()), "file 0 path missing");
  }

  @Test
  void rejectsTotalLengthPastLongMax() {
    Map<String, BValue> info =
        multiFileInfo(file(Long.MAX_VALUE, "a"), file(Long.MAX_VALUE, "b"), file(2, "c"));

    assertInvalidInfo(info, "total length of files exceeds 2^63-1 bytes");
  }

  @Test
  void acceptsTotalLengthOfExactlyLongMax() {
    Map<String, BValue> info = multiFileInfo(file(Long.MAX_VALUE - 1, "a"), file(1, "b"));

    assertThat(MetainfoParser.parse(torrent(info)).totalLength()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void rejectsBadPathComponents() {
    assertInvalidInfo(multiFileInfo(file(1)), "file 0 path is empty");
    assertInvalidInfo(multiFileInfo(file(1, "a", "")), "file 0 path component 1 is empty");
    assertInvalidInfo(multiFileInfo(file(1, "..", "x")), "file 0 path component 0 is \"..\"");
    assertInvalidInfo(multiFileInfo(file(1, "a", ".")), "file 0 path component 1 is \".\"");
    assertInvalidInfo(
        multiFileInfo(file(1, "ok"), file(1, "a/../../b")), "file 1 path component 0 contains '/'");
    assertInvalidInfo(
        multiFileInfo(file(1, "a\u0000.txt")), "file 0 path component 0 contains a NUL byte");
    assertInvalidInfo(
        multiFileInfo(
            BDict.builder().put("length", 1).put("path", BList.of(BInteger.of(1))).build()),
        "file 0 path component 0 is not a string");
    assertInvalidInfo(
        multiFileInfo(BDict.builder().put("length", 1).put("path", "a/b").build()),
        "file 0 path is not a list");
  }

  @Test
  void mutatedTorrentsThrowOnlyInvalidMetainfoException() {
    byte[] valid = torrent(multiFileInfo(file(10, "dir", "a.txt"), file(20, "b.txt")));
    Random random = new Random(20240601);

    for (int i = 0; i < 5000; i++) {
      byte[] data = valid.clone();
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        data[random.nextInt(data.length)] = (byte) random.nextInt(256);
      }
      Throwable thrown = catchThrowable(() -> MetainfoParser.parse(data));

      if (thrown != null) {
        assertThat(thrown).as("mutation %d", i).isInstanceOf(InvalidMetainfoException.class);
      }
    }
  }
}
