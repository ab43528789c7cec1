package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.infoHash;
import static org.multitracker.testing.Torrents.rawValue;
import static org.multitracker.testing.Torrents.read;
import static org.multitracker.testing.Torrents.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.testing.Torrents;

class CopyAnnounceTest {

  @TempDir Path dir;

  private byte[] template(boolean withList) {
    BDict.Builder root =
        BDict.builder()
            .put("announce", "http://template/announce")
            .put(
                "info",
                BDict.builder()
                    .put("length", 1)
                    .put("name", "other")
                    .put("piece length", 16384)
                    .put("pieces", new byte[20])
                    .build());
    if (withList) {
      root.put(
          "announce-list",
          BList.of(BList.of(BString.of("http://t/1")), BList.of(BString.of("http://t/2"))));
    }
    return Bencoder.encode(root.build());
  }

  @Test
  void copiesAnnounceAndAnnounceListExactly() {
    byte[] template = template(true);
    Path templateFile = write(dir.resolve("template.torrent"), template);
    Path target = write(dir.resolve("a.torrent"), Torrents.plain());
    InfoHash hash = infoHash(target);

    ToolRun run = ToolRun.of("copyannounce", templateFile.toString(), target.toString());

    assertThat(run.exit()).isZero();
    byte[] after = read(target);
    assertThat(rawValue(after, "announce")).isEqualTo(rawValue(template, "announce"));
    assertThat(rawValue(after, "announce-list")).isEqualTo(rawValue(template, "announce-list"));
    assertThat(infoHash(target)).isEqualTo(hash);
  }

  @Test
  void templateWithoutListRemovesTheFilesList() {
    Path templateFile = write(dir.resolve("template.torrent"), template(false));
    byte[] before = Torrents.withExtras();
    Path target = write(dir.resolve("a.torrent"), before);

    ToolRun.of("copyannounce", templateFile.toString(), target.toString());

    BDict root = Torrents.rootOf(target);
    assertThat(root.containsKey("announce-list")).isFalse();
    assertThat(root.utf8("announce")).contains("http://template/announce");
    assertThat(rawValue(read(target), "zzz unknown")).isEqualTo(rawValue(before, "zzz unknown"));
    assertThat(rawValue(read(target), "info")).isEqualTo(rawValue(before, "info"));
  }

  @Test
  void badTemplateTouchesNoFile() {
    Path templateFile = write(dir.resolve("template.torrent"), "garbage".getBytes());
    byte[] before = Torrents.withExtras();
    Path target = write(dir.resolve("a.torrent"), before);

    ToolRun run = ToolRun.of("copyannounce", templateFile.toString(), target.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith(templateFile + ": not a valid torrent: not bencoded");
    assertThat(read(target)).isEqualTo(before);
  }

  @Test
  void templateWithoutAnnounceIsRefused() {
    byte[] noAnnounce =
        Bencoder.encode(BDict.builder().put("info", BDict.of(Torrents.singleFileInfo())).build());
    Path templateFile = write(dir.resolve("template.torrent"), noAnnounce);
    Path target = write(dir.resolve("a.torrent"), Torrents.plain());

    ToolRun run = ToolRun.of("copyannounce", templateFile.toString(), target.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(templateFile + ": template has no announce URL\n");
  }

  @Test
  void oneBadFileDoesNotStopTheOthers() {
    Path templateFile = write(dir.resolve("template.torrent"), template(true));
    Path bad = write(dir.resolve("bad.torrent"), "d3:fooi1ee".getBytes());
    Path good = write(dir.resolve("good.torrent"), Torrents.plain());

    ToolRun run =
        ToolRun.of("copyannounce", templateFile.toString(), bad.toString(), good.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(bad + ": not a valid torrent: info dictionary missing\n");
    assertThat(Torrents.rootOf(good).utf8("announce")).contains("http://template/announce");
  }

  @Test
  void needsATemplateAndAFile() {
    assertThat(ToolRun.of("copyannounce", "t.torrent").exit()).isEqualTo(2);
  }
}
