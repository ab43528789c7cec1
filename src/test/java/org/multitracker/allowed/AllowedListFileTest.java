package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;

class AllowedListFileTest {

  private static final String A = "aa".repeat(20);
  private static final String B = "0123456789ABCDEF0123456789abcdef01234567";

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();
  private final AllowedListFile list = new AllowedListFile(warnings::add);

  private Path write(long mtime, String... lines) throws IOException {
    Path file = Files.write(dir.resolve("allowed.txt"), List.of(lines));
    Files.setLastModifiedTime(file, FileTime.fromMillis(mtime));
    return file;
  }

  @Test
  void readsHashesSkippingBlankLinesAndComments() throws IOException {
    Path file = write(1000, "# torrents we serve", "", "  " + A + "\t", B, "   ", "#" + A);

    AllowedSet set = list.reloadIfChanged(file).orElseThrow();

    assertThat(set.hashes())
        .containsExactlyInAnyOrder(InfoHash.fromHex(A), InfoHash.fromHex(B.toLowerCase()));
    assertThat(set.get(InfoHash.fromHex(A))).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void skipsABadLineWithAWarningNamingIt() throws IOException {
    Path file = write(1000, A, "not a hash", A.substring(2), B);

    AllowedSet set = list.reloadIfChanged(file).orElseThrow();

    assertThat(set.size()).isEqualTo(2);
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains("allowed_list", "line 2");
    assertThat(warnings.get(1)).contains("line 3");
  }

  @Test
  void reloadsOnlyWhenTheMtimeChanges() throws IOException {
    Path file = write(1000, A);
    assertThat(list.reloadIfChanged(file)).isPresent();
    assertThat(list.reloadIfChanged(file)).isEmpty();

    write(2000, B);
    AllowedSet reloaded = list.reloadIfChanged(file).orElseThrow();

    assertThat(reloaded.hashes()).containsExactly(InfoHash.fromHex(B));
  }

  @Test
  void anUnreadableFileKeepsThePreviousListWithOneWarning() throws IOException {
    Path file = write(1000, A);
    list.reloadIfChanged(file);
    Files.delete(file);

    assertThat(list.reloadIfChanged(file)).isEmpty();
    assertThat(list.reloadIfChanged(file)).isEmpty();
    assertThat(warnings).singleElement().asString().contains("cannot read allowed_list");

    write(1000, B);
    assertThat(list.reloadIfChanged(file)).isEmpty(); // same mtime as the last load
    write(3000, B);
    assertThat(list.reloadIfChanged(file)).isPresent();
  }

  @Test
  void toleratesBytesThatAreNotUtf8InComments() throws IOException {
    Path file = dir.resolve("allowed.txt");
    byte[] comment = {'#', ' ', (byte) 0xff, (byte) 0xfe, '\n'};
    Files.write(file, comment);
    Files.writeString(file, A + "\n", StandardOpenOption.APPEND);

    assertThat(list.reloadIfChanged(file).orElseThrow().size()).isEqualTo(1);
    assertThat(warnings).isEmpty();
  }
}
