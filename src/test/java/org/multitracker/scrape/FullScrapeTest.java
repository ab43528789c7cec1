package org.multitracker.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.PeerAnnounce;
import org.multitracker.swarm.PeerId;
import org.multitracker.swarm.PeerSelection;
import org.multitracker.swarm.Swarms;

/** The full scrape comes from a copy rebuilt at most once per min_time_between_cache_refreshes. */
class FullScrapeTest {
  private static final byte[] LOCAL = {127, 0, 0, 1};

  /** An open tracker's scrape side, wired by hand. */
  static final class Tracker {
    final Swarms swarms = new Swarms();
    final ScrapeHandler handler = new ScrapeHandler();
    final FullScrape full = new FullScrape();

    Tracker(Map<String, String> options) {
      TrackerConfig config = TrackerConfig.from(k -> Optional.ofNullable(options.get(k)));
      AllowedTorrents allowed =
          new AllowedTorrents() {
            @Override
            public boolean isRestricted() {
              return false;
            }

            @Override
            public boolean ipAllowed(byte[] ip) {
              return true;
            }
          };
      TrackedTorrents tracked = new TrackedTorrents();
      tracked.swarms = swarms;
      tracked.allowed = allowed;
      handler.config = config;
      handler.tracked = tracked;
      handler.allowed = allowed;
      full.config = config;
      full.tracked = tracked;
      full.init();
    }

    void announce(int torrent) {
      byte[] h = new byte[20];
      h[0] = (byte) torrent;
      swarms.announce(
          new PeerAnnounce(
              new InfoHash(h),
              new PeerId(new byte[20]),
              LOCAL,
              LOCAL,
              1000,
              0,
              0,
              5,
              false,
              false,
              null,
              false,
              false,
              true,
              0),
          0,
          new PeerSelection());
    }

    BDict files() {
      BDict answer = (BDict) Bdecoder.decode(full.current().body(), BencodeLimits.TORRENT_FILE);
      return answer.dict("files").orElseThrow();
    }
  }

  @Test
  void leavesTheFullScrapeToTheCacheAndAnswersSpecificOnesLive() {
    Tracker t = new Tracker(Map.of());
    BencodeWriter w = new BencodeWriter();
    assertThat(t.handler.scrape("", LOCAL, w)).isEqualTo(ScrapeHandler.FULL_SCRAPE);
    assertThat(w.size()).isZero();
    t.announce(1);
    assertThat(t.handler.scrape("info_hash=%01" + "%00".repeat(19), LOCAL, w)).isEqualTo(200);
    assertThat(w.size()).isPositive();
  }

  @Test
  void servesTheSameCopyUntilItIsOld() {
    Tracker t = new Tracker(Map.of());
    t.announce(1);
    assertThat(t.files().entries()).hasSize(1);
    t.announce(2);
    assertThat(t.files().entries()).as("within 600 s: the cached copy").hasSize(1);
  }

  @Test
  void rebuildsEveryTimeWithAZeroRefreshTime() {
    Tracker t = new Tracker(Map.of("tracker.min_time_between_cache_refreshes", "0"));
    t.announce(1);
    assertThat(t.files().entries()).hasSize(1);
    t.announce(2);
    assertThat(t.files().entries()).hasSize(2);
  }

  @Test
  void refusesTheFullScrapeUnlessScrapeAllowedIsFull() {
    Tracker t = new Tracker(Map.of("tracker.scrape_allowed", "specific"));
    BencodeWriter w = new BencodeWriter();
    assertThat(t.handler.scrape("", LOCAL, w)).isEqualTo(400);
  }
}
