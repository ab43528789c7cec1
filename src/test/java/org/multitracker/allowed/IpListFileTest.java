package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.network.IpAddresses;
import org.multitracker.network.IpRanges;

class IpListFileTest {

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private Path write(long mtime, String... lines) throws IOException {
    Path file = Files.write(dir.resolve("ips.txt"), List.of(lines));
    Files.setLastModifiedTime(file, FileTime.fromMillis(mtime));
    return file;
  }

  private static boolean contains(IpRanges ranges, String ip) {
    return ranges.contains(IpAddresses.parseLiteral(ip));
  }

  @Test
  void readsAllowedSubnets() throws IOException {
    Path file = write(1000, "# office", "10.1.0.0/16", "2001:db8::/32");

    IpRanges ranges = IpListFile.allowedIps(warnings::add).reloadIfChanged(file).orElseThrow();

    assertThat(contains(ranges, "10.1.2.3")).isTrue();
    assertThat(contains(ranges, "10.2.0.1")).isFalse();
    assertThat(contains(ranges, "2001:db8::1")).isTrue();
  }

  @Test
  void readsBannedRanges() throws IOException {
    Path file = write(1000, "spammers:192.0.2.10-192.0.2.20");

    IpRanges ranges = IpListFile.bannedIps(warnings::add).reloadIfChanged(file).orElseThrow();

    assertThat(contains(ranges, "192.0.2.15")).isTrue();
    assertThat(contains(ranges, "192.0.2.21")).isFalse();
  }

  @Test
  void reloadsOnlyWhenTheMtimeChanges() throws IOException {
    IpListFile list = IpListFile.allowedIps(warnings::add);
    Path file = write(1000, "10.0.0.0/8");
    assertThat(list.reloadIfChanged(file)).isPresent();
    assertThat(list.reloadIfChanged(file)).isEmpty();

    write(2000, "192.168.0.0/16");
    IpRanges reloaded = list.reloadIfChanged(file).orElseThrow();

    assertThat(contains(reloaded, "192.168.1.1")).isTrue();
    assertThat(contains(reloaded, "10.0.0.1")).isFalse();
  }

  @Test
  void aBadEditKeepsThePreviousRangesAndWarnsOnce() throws IOException {
    IpListFile list = IpListFile.bannedIps(warnings::add);
    Path file = write(1000, "a:1.2.3.4-1.2.3.9");
    list.reloadIfChanged(file);

    write(2000, "a:1.2.3.4-1.2.3.9", "b:1.2.3.999-1.2.4.0");
    assertThat(list.reloadIfChanged(file)).isEmpty();
    assertThat(list.reloadIfChanged(file)).isEmpty();
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("banned_ips", "line 2", "keeping the previous list");

    write(3000, "b:5.6.7.8-5.6.7.9");
    assertThat(contains(list.reloadIfChanged(file).orElseThrow(), "5.6.7.8")).isTrue();
  }

  @Test
  void aMissingFileWarnsOnce() {
    IpListFile list = IpListFile.allowedIps(warnings::add);
    Path file = dir.resolve("absent.txt");

    assertThat(list.reloadIfChanged(file)).isEmpty();
    assertThat(list.reloadIfChanged(file)).isEmpty();

    assertThat(warnings).singleElement().asString().contains("allowed_ips", "no such file");
  }
}
