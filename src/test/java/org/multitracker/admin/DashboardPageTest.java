package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.multitracker.swarm.SwarmUsage;
import org.multitracker.t2t.T2TState;

class DashboardPageTest {
  static final String EVIL = "<script>alert('x')</script>\"&";

  @Test
  void escapesEveryValueFromOutside() {
    ClusterView.TorrentRow row =
        new ClusterView.TorrentRow(
            "00".repeat(20), EVIL, 1L << 30, 2, 3, 4, Map.of("http://" + EVIL + "/announce", 5));
    T2TState state =
        new T2TState(
            "http://" + EVIL + "/announce",
            "00".repeat(20),
            false,
            EVIL,
            0,
            EVIL,
            0,
            300,
            3,
            0,
            50,
            7,
            100);
    ClusterView.Queues q =
        new ClusterView.Queues(true, "http://agg:8080/announce", 1, 2, 3, 4, 5, 6, 7);
    String html =
        DashboardPage.render(
            new ClusterView.Snapshot(
                List.of(row),
                1,
                List.of(state),
                Map.of(Path.of(EVIL + ".torrent"), EVIL),
                q,
                new SwarmUsage(1, 1000, 2, 5000, 500, 6, 7, 8)),
            EVIL,
            "tok\"en",
            null);
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("'x'")
        .doesNotContain("tok\"en");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
    assertThat(html).contains("1.00 GiB").contains("stopped: &lt;script&gt;");
  }

  @Test
  void showsTheSwarmLimitsAndWhatTheyTurnedAway() {
    ClusterView.Queues q = new ClusterView.Queues(false, "", 0, 0, 0, 0, 0, 0, 0);
    String html =
        DashboardPage.render(
            new ClusterView.Snapshot(
                List.of(),
                1,
                List.of(),
                Map.of(),
                q,
                new SwarmUsage(1, 1000, 2, 5000, 500, 6, 7, 8)),
            "op",
            "token",
            null);
    assertThat(html)
        .contains("<table id=\"limits\">")
        .contains("1 of 1000")
        .contains("new refused 6")
        .contains("idle one-peer evicted 8")
        .contains("2 of 5000")
        .contains("at most 500 a torrent")
        .contains("not stored 7");
  }

  @Test
  void sizesReadEasily() {
    assertThat(org.multitracker.infopage.ByteSizes.text(0)).isEqualTo("0 B");
    assertThat(org.multitracker.infopage.ByteSizes.text(1536)).isEqualTo("1.50 KiB");
    assertThat(org.multitracker.infopage.ByteSizes.text(Long.MAX_VALUE)).endsWith("EiB");
  }
}
