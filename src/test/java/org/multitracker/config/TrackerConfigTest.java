package org.multitracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackerConfigTest {
  private static TrackerConfig with(Map<String, String> values) {
    return TrackerConfig.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void hasBitTornadosDefaults() {
    TrackerConfig c = TrackerConfig.defaults();
    assertThat(c.reannounceInterval()).isEqualTo(1800);
    assertThat(c.responseSize()).isEqualTo(50);
    assertThat(c.timeoutDownloadersInterval()).isEqualTo(2700);
    assertThat(c.natCheck()).isEqualTo(3);
    assertThat(c.compactReqd()).isTrue();
    assertThat(c.scrapeAllowed()).isEqualTo(ScrapeAllowed.FULL);
    assertThat(c.multitrackerAllowed()).isEqualTo(MultitrackerAllowed.AUTODETECT);
    assertThat(c.effectiveMultitrackerAllowed()).isEqualTo(MultitrackerAllowed.NONE);
  }

  @Test
  void readsOptionsUnderTheirBitTornadoNames() {
    TrackerConfig c =
        with(
            Map.of(
                "tracker.response_size",
                "30",
                "tracker.scrape_allowed",
                "specific",
                "tracker.compact_reqd",
                "0",
                "tracker.min_time_between_log_flushes",
                "0.5"));
    assertThat(c.responseSize()).isEqualTo(30);
    assertThat(c.scrapeAllowed()).isEqualTo(ScrapeAllowed.SPECIFIC);
    assertThat(c.compactReqd()).isFalse();
    assertThat(c.minTimeBetweenLogFlushes()).isEqualTo(0.5);
  }

  @Test
  void namesEveryInvalidOptionInOneMessage() {
    assertThatThrownBy(
            () ->
                with(
                    Map.of(
                        "tracker.response_size",
                        "lots",
                        "tracker.scrape_allowed",
                        "some",
                        "tracker.keep_dead",
                        "maybe")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("tracker.response_size=lots")
        .hasMessageContaining("tracker.scrape_allowed=some")
        .hasMessageContaining("one of none, specific, full")
        .hasMessageContaining("tracker.keep_dead=maybe");
  }

  @Test
  void refusesOutOfRangeNumbers() {
    assertThatThrownBy(() -> with(Map.of("tracker.reannounce_interval", "0")))
        .hasMessageContaining("reannounce_interval");
    assertThatThrownBy(() -> with(Map.of("tracker.only_local_override_ip", "3")))
        .hasMessageContaining("only_local_override_ip");
  }

  @Test
  void refusesListenerOptionsWithAPointerToTheServer() {
    assertThatThrownBy(() -> with(Map.of("tracker.port", "6969")))
        .hasMessageContaining("tracker.port is a listener setting");
  }

  @Test
  void appliesTheOverrideIpRule() {
    assertThat(TrackerConfig.defaults().restrictIpOverrideToLocal()).isFalse();
    assertThat(with(Map.of("tracker.nat_check", "0")).restrictIpOverrideToLocal()).isTrue();
    assertThat(
            with(Map.of("tracker.only_local_override_ip", "0", "tracker.nat_check", "0"))
                .restrictIpOverrideToLocal())
        .isFalse();
  }

  @Test
  void sizesTheSwarmLimitsFromTheHeapUnlessSet() {
    long heap = Runtime.getRuntime().maxMemory();
    TrackerConfig c = TrackerConfig.defaults();
    assertThat(c.maxTorrents()).isEqualTo((int) Math.max(1000, Math.min(100_000_000, heap / 2048)));
    assertThat(c.maxPeers()).isEqualTo((int) Math.max(1000, Math.min(100_000_000, heap / 384)));
    assertThat(c.maxPeersPerTorrent()).isEqualTo(c.maxPeers() / 8);
    TrackerConfig set =
        with(
            Map.of(
                "tracker.max_torrents",
                "5",
                "tracker.max_peers",
                "7",
                "tracker.max_peers_per_torrent",
                "3"));
    assertThat(set.maxTorrents()).isEqualTo(5);
    assertThat(set.maxPeers()).isEqualTo(7);
    assertThat(set.maxPeersPerTorrent()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                with(
                    Map.of(
                        "tracker.max_torrents",
                        "0",
                        "tracker.max_peers",
                        "-1",
                        "tracker.max_peers_per_torrent",
                        "many")))
        .hasMessageContaining("tracker.max_torrents=0")
        .hasMessageContaining("tracker.max_peers=-1")
        .hasMessageContaining("tracker.max_peers_per_torrent=many");
  }
}
