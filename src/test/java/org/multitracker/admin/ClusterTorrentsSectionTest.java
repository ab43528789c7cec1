package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.multitracker.reporting.BadParameterException;
import org.multitracker.reporting.ClusterTorrent;
import org.multitracker.reporting.TorrentListing;

class ClusterTorrentsSectionTest {
  static final String HASH = "0123456789abcdef0123456789abcdef01234567";

  static String render(int page, long total, String search) {
    List<ClusterTorrent> rows = new ArrayList<>();
    rows.add(new ClusterTorrent(HASH, 3, 5, 1, 9, Instant.parse("2026-12-01T10:00:00Z")));
    TorrentListing l =
        new TorrentListing(TorrentListing.Sort.TODAY, search, List.of(), page, total, rows);
    StringBuilder s = new StringBuilder();
    ClusterTorrentsSection.render(
        s, new DatabaseTorrents.Page(l, Map.of(HASH, "<img src=x onerror=alert(1)>")), null, "tok");
    return s.toString();
  }

  @Test
  void namesAreTextAndRowsLinkToTheTorrent() {
    String html = render(0, 1, "");
    assertThat(html)
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img")
        .contains("href=\"/admin/torrent?info_hash=" + HASH + "\"")
        .contains("<option value=\"today\" selected>")
        .contains("page 1 of 1")
        .doesNotContain("next-page")
        .doesNotContain("prev-page");
  }

  @Test
  void pagingLinksKeepSortAndSearch() {
    String html = render(1, 120, "a b&\"");
    assertThat(html)
        .contains("page 2 of 3")
        .contains(
            "id=\"prev-page\""
                + " href=\"/admin?page=1&amp;sort=today&amp;q=a+b%26%22#cluster-torrents\"")
        .contains(
            "id=\"next-page\""
                + " href=\"/admin?page=3&amp;sort=today&amp;q=a+b%26%22#cluster-torrents\"")
        .contains("value=\"a b&amp;&quot;\"");
  }

  @Test
  void aDatabaseThatDoesNotAnswerIsANotice() {
    StringBuilder s = new StringBuilder();
    ClusterTorrentsSection.render(s, null, "The database does not answer now.", "tok");
    assertThat(s.toString()).contains("The database does not answer now.").doesNotContain("<table");
  }

  @Test
  void sortsAndSearchesParse() {
    assertThat(TorrentListing.Sort.parse(null)).isEqualTo(TorrentListing.Sort.PEERS);
    assertThat(TorrentListing.Sort.parse("last_seen")).isEqualTo(TorrentListing.Sort.LAST_SEEN);
    assertThatThrownBy(() -> TorrentListing.Sort.parse("size"))
        .isInstanceOf(BadParameterException.class);
    assertThat(TorrentListing.hashPrefix("ABC")).isEqualTo("abc");
    assertThat(TorrentListing.hashPrefix("ubuntu")).isNull();
    assertThat(TorrentListing.hashPrefix("a".repeat(41))).isNull();
  }
}
