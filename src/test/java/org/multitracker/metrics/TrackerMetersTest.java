package org.multitracker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.admin.LoginGate;
import org.multitracker.admin.LoginTarpit;
import org.multitracker.aggregator.AnnounceBuffer;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.forwarding.AggregateForwarder;
import org.multitracker.infopage.InfoPageCache;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.natcheck.NatChecker;
import org.multitracker.scrape.FullScrape;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.swarm.Swarms;
import org.multitracker.t2t.T2TList;
import org.multitracker.wire.TrackerReplies;
import org.multitracker.wire.TrackerTraffic;

class TrackerMetersTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MeterBinding binding = new MeterBinding();
  private final Runnable unregister;

  TrackerMetersTest() {
    binding.traffic = new TrackerTraffic();
    binding.swarms = new Swarms();
    binding.t2t = new T2TList();
    binding.forwarder = new AggregateForwarder();
    binding.buffer = new AnnounceBuffer();
    binding.accessLog = new AccessLog();
    binding.natChecker = new NatChecker();
    binding.logins = new LoginGate();
    binding.tarpit = new LoginTarpit();
    binding.infoPage = new InfoPageCache();
    binding.fullScrape = new FullScrape();
    SwarmStats oneSwarm = new SwarmStats(new InfoHash(new byte[20]), 4, 6, 0);
    binding.census = new SwarmCensus(() -> List.of(oneSwarm), () -> 0);
    unregister = TrackerMeters.register(registry, binding);
  }

  private double counter(String name, String... tags) {
    return registry.get(name).tags(tags).functionCounter().count();
  }

  private double gauge(String name, String... tags) {
    return registry.get(name).tags(tags).gauge().value();
  }

  @Test
  void readsAnnouncesAndScrapesByOutcomeWhenScraped() {
    BencodeWriter body = new BencodeWriter();
    TrackerReplies.garbage(body, "x");
    binding.traffic.announces().count(400, body);
    binding.traffic.announces().count(400, body);
    body.reset();
    body.beginDict().end();
    binding.traffic.scrapes().count(200, body);
    assertThat(counter("multitracker.announces", "outcome", "bad_request")).isEqualTo(2);
    assertThat(counter("multitracker.announces", "outcome", "ok")).isZero();
    assertThat(counter("multitracker.announces", "outcome", "refused")).isZero();
    assertThat(counter("multitracker.scrapes", "outcome", "ok")).isEqualTo(1);
  }

  @Test
  void countsSwarmsAndPeersByKind() {
    assertThat(gauge("multitracker.torrents")).isEqualTo(1);
    assertThat(gauge("multitracker.peers", "kind", "seed")).isEqualTo(4);
    assertThat(gauge("multitracker.peers", "kind", "leecher")).isEqualTo(6);
  }

  @Test
  void registersEveryOperationsMeter() {
    for (String outcome : List.of("ok", "rejected", "error")) {
      assertThat(counter("multitracker.t2t.polls", "outcome", outcome)).isZero();
    }
    assertThat(gauge("multitracker.forward.queue.depth")).isZero();
    assertThat(counter("multitracker.forward.dropped")).isZero();
    assertThat(counter("multitracker.forward.sent")).isZero();
    assertThat(gauge("multitracker.db.buffer.waiting")).isZero();
    assertThat(counter("multitracker.db.buffer.dropped")).isZero();
    assertThat(counter("multitracker.db.written")).isZero();
    assertThat(counter("multitracker.pages.refused", "page", "info")).isZero();
    assertThat(counter("multitracker.logins.tarpit", "answer", "delayed")).isZero();
    assertThat(counter("multitracker.logins.tarpit", "answer", "at_once")).isZero();
    assertThat(gauge("multitracker.logins.parked")).isZero();
    assertThat(counter("multitracker.pages.refused", "page", "full_scrape")).isZero();
    assertThat(counter("multitracker.accesslog.dropped")).isZero();
    assertThat(counter("multitracker.natcheck.skipped")).isZero();
    for (String outcome : List.of("ok", "wrong", "backoff", "busy")) {
      assertThat(counter("multitracker.logins", "outcome", outcome)).isZero();
    }
  }

  @Test
  void reportsTheSwarmLimitsAndTheirUse() {
    assertThat(gauge("multitracker.torrents.max")).isEqualTo(Integer.MAX_VALUE);
    assertThat(gauge("multitracker.peers.max")).isEqualTo(Integer.MAX_VALUE);
    assertThat(gauge("multitracker.peers.per.torrent.max")).isEqualTo(Integer.MAX_VALUE);
    assertThat(gauge("multitracker.peers.stored")).isZero();
    assertThat(counter("multitracker.torrents.refused")).isZero();
    assertThat(counter("multitracker.torrents.evicted")).isZero();
    assertThat(counter("multitracker.peers.unstored")).isZero();
  }

  @Test
  void removesItsMetersWhenTheApplicationStops() {
    registry.counter("other.meter");
    unregister.run();
    assertThat(registry.getMeters())
        .extracting(m -> m.getId().getName())
        .containsExactly("other.meter");
  }

  @Test
  void knowsWhetherMicrometerIsOnTheClassPath() {
    assertThat(MeterBinding.micrometerPresent(getClass().getClassLoader())).isTrue();
    ClassLoader bare = new ClassLoader(null) {};
    assertThat(MeterBinding.micrometerPresent(bare)).as("as on Payara").isFalse();
  }
}
