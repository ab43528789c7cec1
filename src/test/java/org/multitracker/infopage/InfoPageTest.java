package org.multitracker.infopage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfoPageTest {
  @Test
  void escapesEverythingAClientOrTorrentControls() {
    String page =
        InfoPage.render(
            "1<b>",
            ZonedDateTime.now(),
            InfoPageTable.of(
                List.of(
                    new InfoPage.Row("ab", "<script>alert('x')</script>&\"", 10, 1, 2, 3, true)),
                InfoPage.MAX_ROWS),
            true);
    assertThat(page)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;")
        .contains("1&lt;b&gt;")
        .contains("href=\"file?info_hash=%ab\"");
  }

  @Test
  void totalsTheTable() {
    String page =
        InfoPage.render(
            "v",
            ZonedDateTime.now(),
            InfoPageTable.of(
                List.of(
                    new InfoPage.Row("01", "a", 1024, 1, 2, 3, false),
                    new InfoPage.Row("02", "b", 1024, 4, 5, 6, false)),
                InfoPage.MAX_ROWS),
            true);
    assertThat(page).contains("2 files").contains(">5<").contains(">7<").contains(">9<");
    assertThat(page).doesNotContain("are listed");
  }

  @Test
  void listsOnlyTheBusiestButTotalsEveryTorrent() {
    List<InfoPage.Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(new InfoPage.Row(String.format("%02x", i), "t" + i, 100, i, 1, 1, false));
    }
    InfoPageTable table = InfoPageTable.of(rows, 3);
    assertThat(table.shown()).extracting(InfoPage.Row::hex).containsExactly("09", "08", "07");
    assertThat(table.totals().files()).isEqualTo(10);
    assertThat(table.totals().seeds()).isEqualTo(45);
    assertThat(table.totals().leechers()).isEqualTo(10);
    assertThat(table.totals().size()).isEqualTo(1000);
    String page = InfoPage.render("v", ZonedDateTime.now(), table, true);
    assertThat(page)
        .contains("10 files tracked; the 3 with most peers are listed.")
        .contains("<tr><td>10 files</td>")
        .contains(">45<")
        .contains("t9")
        .doesNotContain("t6");
  }

  @Test
  void breaksTiesByInfoHash() {
    List<InfoPage.Row> rows = new ArrayList<>();
    for (String hex : List.of("cc", "aa", "bb", "dd")) {
      rows.add(new InfoPage.Row(hex, null, -1, 1, 1, 0, false));
    }
    assertThat(InfoPageTable.of(rows, 2).shown())
        .extracting(InfoPage.Row::hex)
        .containsExactly("aa", "bb");
  }

  @Test
  void saysSoWhenNothingIsTracked() {
    String page = InfoPage.render("v", ZonedDateTime.now(), InfoPageTable.of(List.of(), 5), false);
    assertThat(page).contains("not tracking any files yet");
  }

  @Test
  void formatsSizes() {
    assertThat(ByteSizes.text(512)).isEqualTo("512 B");
    assertThat(ByteSizes.text(1536)).isEqualTo("1.50 KiB");
    assertThat(ByteSizes.text(-1)).isEmpty();
  }
}
