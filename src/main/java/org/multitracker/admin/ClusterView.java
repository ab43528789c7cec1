package org.multitracker.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.multitracker.aggregator.AnnounceBuffer;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.forwarding.AggregateForwarder;
import org.multitracker.forwarding.ForwardTarget;
import org.multitracker.scrape.TrackedTorrent;
import org.multitracker.scrape.TrackedTorrents;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.swarm.SwarmUsage;
import org.multitracker.swarm.Swarms;
import org.multitracker.t2t.T2TList;
import org.multitracker.t2t.T2TState;

/** Gathers what the admin page shows from the tracker's in-memory state (no database). */
@ApplicationScoped
public class ClusterView {
  /** At most this many torrents are listed, the busiest first. */
  static final int MAX_ROWS = 1000;

  @Inject TrackerConfig config;
  @Inject TrackedTorrents tracked;
  @Inject T2TList t2t;
  @Inject AllowedTorrents allowed;
  @Inject AggregateForwarder forwarder;
  @Inject AnnounceBuffer buffer;
  @Inject Swarms swarms;

  /** A torrent's row: local counts and the peers other trackers gave us, per tracker. */
  record TorrentRow(
      String hex,
      String name,
      long size,
      int seeds,
      int leechers,
      long completed,
      Map<String, Integer> harvested) {
    int peers() {
      return seeds + leechers;
    }
  }

  record Queues(
      boolean aggregator,
      String forwardTo,
      int forwardWaiting,
      long forwardSent,
      long forwardDropped,
      long bufferAccepted,
      long bufferWritten,
      int bufferWaiting,
      long bufferDropped) {}

  record Snapshot(
      List<TorrentRow> torrents,
      int torrentCount,
      List<T2TState> trackers,
      Map<Path, String> blocked,
      Queues queues,
      SwarmUsage limits) {}

  Snapshot snapshot() {
    List<T2TState> states = t2t.states();
    Map<String, Map<String, Integer>> harvested = new HashMap<>();
    for (T2TState s : states) {
      if (s.active()) {
        harvested
            .computeIfAbsent(s.infoHash(), k -> new TreeMap<>())
            .put(s.tracker(), s.peersHarvested());
      }
    }
    List<TorrentRow> rows = new ArrayList<>();
    List<TrackedTorrent> all = tracked.all();
    for (TrackedTorrent t : all) {
      rows.add(row(t, harvested.getOrDefault(t.infoHash().hex(), Map.of())));
    }
    rows.sort(Comparator.comparingInt(TorrentRow::peers).reversed().thenComparing(TorrentRow::hex));
    List<TorrentRow> shown = rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    return new Snapshot(
        List.copyOf(shown),
        all.size(),
        states,
        allowed.current().blocked(),
        queues(),
        swarms.usage());
  }

  TorrentRow torrent(TrackedTorrent t) {
    Map<String, Integer> harvested = new TreeMap<>();
    for (T2TState s : t2t.states()) {
      if (s.active() && s.infoHash().equals(t.infoHash().hex())) {
        harvested.put(s.tracker(), s.peersHarvested());
      }
    }
    return row(t, harvested);
  }

  List<T2TState> pairsOf(String hex) {
    return t2t.states().stream().filter(s -> s.infoHash().equals(hex)).toList();
  }

  private static TorrentRow row(TrackedTorrent t, Map<String, Integer> harvested) {
    SwarmStats s = t.stats();
    return new TorrentRow(
        t.infoHash().hex(),
        t.file().map(f -> f.meta().name()).orElse(null),
        t.file().map(f -> f.meta().totalLength()).orElse(-1L),
        s.complete(),
        s.incomplete(),
        s.downloaded(),
        harvested);
  }

  private Queues queues() {
    String forwardTo = "";
    if (forwarder.enabled()) {
      // Only the address: the option also holds the aggregator's password.
      URI u = ForwardTarget.parse(config.aggregateForward()).url();
      forwardTo =
          u.getScheme()
              + "://"
              + u.getHost()
              + (u.getPort() < 0 ? "" : ":" + u.getPort())
              + (u.getRawPath() == null ? "" : u.getRawPath());
    }
    return new Queues(
        config.isAggregator(),
        forwardTo,
        forwarder.waiting(),
        forwarder.sent(),
        forwarder.dropped(),
        buffer.accepted(),
        buffer.written(),
        buffer.waiting(),
        buffer.dropped());
  }
}
