package org.multitracker.infopage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfoPageTest {
  @Test
  void escapesEverythingAClientOrTorrentControls() {
    String page =
        InfoPage.render(
            "1<b>",
            ZonedDateTime.now(),
            List.of(new InfoPage.Row("ab", "<script>alert('x')</script>&\"", 10, 1, 2, 3, true)),
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
            List.of(
                new InfoPage.Row("01", "a", 1024, 1, 2, 3, false),
                new InfoPage.Row("02", "b", 1024, 4, 5, 6, false)),
            true);
    assertThat(page).contains("2 files").contains(">5<").contains(">7<").contains(">9<");
  }

  @Test
  void formatsSizes() {
    assertThat(ByteSizes.text(512)).isEqualTo("512 B");
    assertThat(ByteSizes.text(1536)).isEqualTo("1.50 KiB");
    assertThat(ByteSizes.text(-1)).isEmpty();
  }
}
