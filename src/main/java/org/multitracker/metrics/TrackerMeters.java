package org.multitracker.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;
import org.multitracker.admin.LoginGate;
import org.multitracker.t2t.T2TPollOutcomes;
import org.multitracker.wire.RequestOutcome;
import org.multitracker.wire.RequestOutcomes;

/**
 * The tracker's meters, read from the features' own counters at scrape time (function counters and
 * gauges: nothing is pushed from the announce path). Prometheus names get "_total" appended to
 * counters, so "multitracker.announces" is scraped as multitracker_announces_total. Only loaded
 * where Micrometer exists; see {@link MeterBinding}.
 *
 * <p>Registered through {@code registry.gauge(...)} and {@code registry.more().counter(...)}, not
 * the meter builders: WildFly's per-deployment registry passes only these calls on to the registry
 * it publishes. The registry holds the sources weakly; they are application-scoped beans (or their
 * fields), which live as long as the deployment.
 */
final class TrackerMeters {
  private static final Logger LOG = Logger.getLogger(TrackerMeters.class.getName());

  static final String PREFIX = "multitracker.";

  private TrackerMeters() {}

  /**
   * Registers on the MeterRegistry the server offers to the application through CDI; returns what
   * unregisters them.
   */
  static Runnable registerWithServerRegistry(MeterBinding b) {
    Instance<MeterRegistry> registry = CDI.current().select(MeterRegistry.class);
    if (!registry.isResolvable()) {
      LOG.info("The server offers no MeterRegistry: the tracker's metrics are not published");
      return () -> {};
    }
    Runnable unregister = register(registry.get(), b);
    LOG.info("The tracker's metrics are published on the server's Micrometer registry");
    return unregister;
  }

  /**
   * Registers every meter and returns what removes them again. WildFly keeps an undeployed
   * application's meters in its server-wide registry, and a redeployment registering the same names
   * would get the old meters back, still reading the old deployment's counters.
   */
  static Runnable register(MeterRegistry r, MeterBinding b) {
    requests(r, b);
    swarms(r, b);
    forwarding(r, b);
    aggregator(r, b);
    counter(r, "multitracker.accesslog.dropped", b, x -> x.accessLog.dropped());
    counter(r, "multitracker.natcheck.skipped", b, x -> x.natChecker.skipped());
    logins(r, b);
    r.more()
        .counter(
            "multitracker.pages.refused",
            Tags.of("page", "info"),
            b,
            x -> x.infoPage.sends().refused());
    r.more()
        .counter(
            "multitracker.pages.refused",
            Tags.of("page", "full_scrape"),
            b,
            x -> x.fullScrape.sends().refused());
    return () -> {
      List<Meter> ours =
          r.getMeters().stream().filter(m -> m.getId().getName().startsWith(PREFIX)).toList();
      ours.forEach(r::remove);
    };
  }

  /** Announces and scrapes we answered, T2T polls we sent; tag outcome. */
  private static void requests(MeterRegistry r, MeterBinding b) {
    outcomes(r, "multitracker.announces", b.traffic.announces());
    outcomes(r, "multitracker.scrapes", b.traffic.scrapes());
    T2TPollOutcomes polls = b.t2t.polls();
    for (T2TPollOutcomes.Outcome o : T2TPollOutcomes.Outcome.values()) {
      r.more()
          .counter("multitracker.t2t.polls", Tags.of("outcome", o.label()), polls, p -> p.total(o));
    }
  }

  private static void swarms(MeterRegistry r, MeterBinding b) {
    r.gauge("multitracker.torrents", Tags.empty(), b, x -> x.census.counts().torrents());
    r.gauge("multitracker.peers", Tags.of("kind", "seed"), b, x -> x.census.counts().seeds());
    r.gauge("multitracker.peers", Tags.of("kind", "leecher"), b, x -> x.census.counts().leechers());
    limits(r, b);
  }

  /** max_torrents, max_peers, max_peers_per_torrent, what the store holds and turned away. */
  private static void limits(MeterRegistry r, MeterBinding b) {
    r.gauge("multitracker.torrents.max", Tags.empty(), b, x -> x.swarms.usage().maxTorrents());
    r.gauge("multitracker.peers.stored", Tags.empty(), b, x -> x.swarms.usage().peers());
    r.gauge("multitracker.peers.max", Tags.empty(), b, x -> x.swarms.usage().maxPeers());
    r.gauge(
        "multitracker.peers.per.torrent.max",
        Tags.empty(),
        b,
        x -> x.swarms.usage().maxPeersPerTorrent());
    counter(r, "multitracker.torrents.refused", b, x -> x.swarms.usage().refusedTorrents());
    counter(r, "multitracker.torrents.evicted", b, x -> x.swarms.usage().evictedTorrents());
    counter(r, "multitracker.peers.unstored", b, x -> x.swarms.usage().unstoredPeers());
  }

  /** Member side of aggregation (aggregate_forward). */
  private static void forwarding(MeterRegistry r, MeterBinding b) {
    r.gauge("multitracker.forward.queue.depth", Tags.empty(), b, x -> x.forwarder.waiting());
    counter(r, "multitracker.forward.dropped", b, x -> x.forwarder.dropped());
    counter(r, "multitracker.forward.sent", b, x -> x.forwarder.sent());
  }

  /** Aggregator side: the buffer in front of the database. */
  private static void aggregator(MeterRegistry r, MeterBinding b) {
    r.gauge("multitracker.db.buffer.waiting", Tags.empty(), b, x -> x.buffer.waiting());
    counter(r, "multitracker.db.buffer.dropped", b, x -> x.buffer.dropped());
    counter(r, "multitracker.db.written", b, x -> x.buffer.written());
  }

  /**
   * Admin logins: checked (ok, wrong) or refused unchecked (backoff, busy); form refusals answered
   * late by the tarpit or at once, and those waiting now.
   */
  private static void logins(MeterRegistry r, MeterBinding b) {
    for (LoginGate.Outcome o : LoginGate.Outcome.values()) {
      r.more()
          .counter("multitracker.logins", Tags.of("outcome", o.label()), b.logins, g -> g.total(o));
    }
    r.more()
        .counter(
            "multitracker.logins.tarpit", Tags.of("answer", "delayed"), b, x -> x.tarpit.delayed());
    r.more()
        .counter(
            "multitracker.logins.tarpit",
            Tags.of("answer", "at_once"),
            b,
            x -> x.tarpit.answeredAtOnce());
    r.gauge("multitracker.logins.parked", Tags.empty(), b, x -> x.tarpit.parked());
  }

  private static void outcomes(MeterRegistry r, String name, RequestOutcomes counts) {
    for (RequestOutcome o : RequestOutcome.values()) {
      r.more().counter(name, Tags.of("outcome", o.label()), counts, c -> c.total(o));
    }
  }

  private static void counter(
      MeterRegistry r, String name, MeterBinding b, ToDoubleFunction<MeterBinding> f) {
    r.more().counter(name, Tags.empty(), b, f);
  }
}
