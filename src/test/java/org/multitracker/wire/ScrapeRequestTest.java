package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScrapeRequestTest {

  private static String hashes(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : "&").append("info_hash=").append(String.format("%020d", i));
    }
    return sb.toString();
  }

  private static ScrapeRequest scrape(String query) {
    return ScrapeRequest.from(RawQuery.parse(query, ScrapeRequest.MAX_QUERY_PARAMETERS));
  }

  @Test
  void emptyQueryIsAFullScrape() {
    ScrapeRequest r = scrape("");

    assertThat(r.infoHashes()).isEmpty();
    assertThat(r.isFullScrape()).isTrue();
  }

  @Test
  void collectsEveryInfoHashInOrder() {
    ScrapeRequest r = scrape("info_hash=" + "%AA".repeat(20) + "&x=1&info_hash=" + "b".repeat(20));

    assertThat(r.infoHashes()).hasSize(2);
    assertThat(r.infoHashes().get(0)).containsOnly(0xaa);
    assertThat(r.infoHashes().get(1)).containsOnly('b');
    assertThat(r.isFullScrape()).isFalse();
  }

  @Test
  void rejectsAHashOfWrongLength() {
    assertThatThrownBy(() -> scrape(hashes(3) + "&info_hash=" + "a".repeat(19)))
        .isInstanceOf(GarbageRequestException.class)
        .hasMessage("info hash not of length 20");
  }

  @Test
  void acceptsAThousandHashes() {
    assertThat(scrape(hashes(1000)).infoHashes()).hasSize(1000);
  }

  @Test
  void rejectsMoreThanAThousandHashes() {
    assertThatThrownBy(() -> scrape(hashes(1001)))
        .isInstanceOf(GarbageRequestException.class)
        .hasMessage("too many info hashes");
  }
}
