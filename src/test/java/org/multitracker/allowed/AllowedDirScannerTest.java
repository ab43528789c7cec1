package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Torrents.infoHash;
import static org.multitracker.testing.Torrents.singleFile;
import static org.multitracker.testing.Torrents.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.network.IpAddresses;
import org.multitracker.swarm.Swarms;

/** The timer's pass, driven by hand: no container, no TimerService. */
class AllowedDirScannerTest {

  @TempDir Path dir;
  private final List<InfoHash> dropped = new ArrayList<>();
  private final AllowedTorrents allowed = new AllowedTorrents();

  private AllowedDirScanner scanner(TrackerConfig config) {
    AllowedDirScanner scanner = new AllowedDirScanner();
    scanner.config = config;
    allowed.config = scanner.config;
    scanner.allowed = allowed;
    scanner.swarms =
        new Swarms() {
          @Override
          public void drop(InfoHash infoHash) {
            dropped.add(infoHash);
          }
        };
    return scanner;
  }

  @Test
  void swapsInTheDirectoryAndDropsTheSwarmsOfRemovedTorrents() throws IOException {
    byte[] kept = singleFile("kept", 1);
    byte[] gone = singleFile("gone", 1);
    write(dir, "kept.torrent", kept);
    Path goneFile = write(dir, "gone.torrent", gone);
    AllowedDirScanner scanner = scanner(TestConfigs.allowedDir(dir.toString()));

    scanner.refresh();
    assertThat(allowed.allows(infoHash(gone))).isTrue();
    Files.delete(goneFile);
    scanner.refresh();

    assertThat(allowed.allows(infoHash(kept))).isTrue();
    assertThat(allowed.allows(infoHash(gone))).isFalse();
    assertThat(allowed.get(infoHash(kept)).orElseThrow().meta().name()).isEqualTo("kept");
    assertThat(dropped).containsExactly(infoHash(gone));
  }

  @Test
  void allowedListWinsOverAllowedDir() throws IOException {
    write(dir, "torrents/in-dir.torrent", singleFile("in-dir", 1));
    InfoHash listed = InfoHash.fromHex("ab".repeat(20));
    Path list = Files.writeString(dir.resolve("list.txt"), listed.hex() + "\n");
    AllowedDirScanner scanner =
        scanner(TestConfigs.with(dir.resolve("torrents").toString(), list.toString(), "", ""));

    scanner.refresh();

    assertThat(allowed.current().hashes()).containsExactly(listed);
  }

  @Test
  void dropsTheSwarmsOfHashesRemovedFromAllowedList() throws IOException {
    InfoHash a = InfoHash.fromHex("aa".repeat(20));
    InfoHash b = InfoHash.fromHex("bb".repeat(20));
    Path list = Files.writeString(dir.resolve("list.txt"), a.hex() + "\n" + b.hex() + "\n");
    AllowedDirScanner scanner = scanner(TestConfigs.allowedList(list.toString()));
    scanner.refresh();

    Files.writeString(list, b.hex() + "\n");
    Files.setLastModifiedTime(list, FileTime.fromMillis(1000));
    scanner.refresh();

    assertThat(allowed.allows(a)).isFalse();
    assertThat(allowed.allows(b)).isTrue();
    assertThat(dropped).containsExactly(a);
  }

  @Test
  void loadsTheIpLists() throws IOException {
    Path allowedIps = Files.writeString(dir.resolve("allowed.txt"), "10.0.0.0/8\n");
    Path bannedIps = Files.writeString(dir.resolve("banned.txt"), "x:10.0.0.9-10.0.0.9\n");
    AllowedDirScanner scanner =
        scanner(TestConfigs.ipLists(allowedIps.toString(), bannedIps.toString()));

    scanner.refresh();

    assertThat(allowed.ipAllowed(IpAddresses.parseLiteral("10.1.1.1"))).isTrue();
    assertThat(allowed.ipAllowed(IpAddresses.parseLiteral("10.0.0.9"))).isFalse();
    assertThat(allowed.ipAllowed(IpAddresses.parseLiteral("8.8.8.8"))).isFalse();
  }

  @Test
  void aFailingPassKeepsThePreviousSetAndStillReadsTheIpLists() throws IOException {
    byte[] torrent = singleFile("a", 1);
    write(dir, "torrents/a.torrent", torrent);
    Path bannedIps = Files.writeString(dir.resolve("banned.txt"), "x:10.0.0.9-10.0.0.9\n");
    AllowedDirScanner scanner = scanner(TestConfigs.allowedDir(dir.resolve("torrents").toString()));
    scanner.refresh();
    AllowedSet before = allowed.current();

    scanner.config = TestConfigs.with("bad\0path", "", "", bannedIps.toString());
    allowed.config = scanner.config;
    scanner.refresh();

    assertThat(allowed.current()).isSameAs(before);
    assertThat(allowed.allows(infoHash(torrent))).isTrue();
    assertThat(allowed.ipAllowed(IpAddresses.parseLiteral("10.0.0.9"))).isFalse();
  }
}
