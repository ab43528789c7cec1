package org.multitracker.t2t;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Endpoint;

/**
 * The (tracker, torrent) pairs being polled and the peers they brought in. The announce path reads
 * {@link #harvested}, a ready array per torrent, rebuilt off the request path, and asks for {@link
 * #pollAtOnce} when a client is alone.
 */
@ApplicationScoped
public class T2TList {
  private static final Endpoint[] NONE = new Endpoint[0];
  private static final T2TPair[] NO_PAIRS = new T2TPair[0];
  private static final Function<InfoHash, CompletableFuture<Void>> NOT_POLLING = h -> null;

  record Key(String url, InfoHash infoHash) {}

  private final ConcurrentHashMap<Key, T2TPair> pairs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<InfoHash, Endpoint[]> harvested = new ConcurrentHashMap<>();
  private final Set<String> disallowed = ConcurrentHashMap.newKeySet();
  private final T2TPollOutcomes polls = new T2TPollOutcomes();

  /** The pairs of each torrent; replaced whole when the announce-lists change. */
  private volatile Map<InfoHash, T2TPair[]> byTorrent = Map.of();

  private volatile Function<InfoHash, CompletableFuture<Void>> atOnce = NOT_POLLING;

  /**
   * Polls the torrent's pairs now, for a client we hold no peer for (bounded per pair, see {@link
   * T2TPair#startExtra}). The result completes when a poll brought peers or every poll is over (it
   * never fails); null when there is nothing to wait for: no pairs, or none may be polled.
   */
  public CompletableFuture<Void> pollAtOnce(InfoHash infoHash) {
    return atOnce.apply(infoHash);
  }

  /** Set by the poller once it runs; {@code null} stops immediate polls. */
  void pollAtOnceWith(Function<InfoHash, CompletableFuture<Void>> poller) {
    atOnce = poller == null ? NOT_POLLING : poller;
  }

  T2TPair[] pairsOf(InfoHash infoHash) {
    return byTorrent.getOrDefault(infoHash, NO_PAIRS);
  }

  /** Peers other trackers gave us for this torrent in their last polls (never passed on). */
  public Endpoint[] harvested(InfoHash infoHash) {
    return harvested.getOrDefault(infoHash, NONE);
  }

  /**
   * Makes the pairs match {@code wanted} (torrent to tracker URLs): pairs that left stop at once,
   * new ones start polling at {@code firstPoll(now)}.
   */
  synchronized void sync(
      Map<InfoHash, Set<String>> wanted,
      int interval,
      int maxpeers,
      LongUnaryOperator firstPoll,
      long now) {
    Set<String> trackers = new HashSet<>();
    wanted.values().forEach(trackers::addAll);
    disallowed.retainAll(trackers); // a tracker with no torrents left starts afresh
    for (Map.Entry<Key, T2TPair> e : new ArrayList<>(pairs.entrySet())) {
      Key k = e.getKey();
      if (!wanted.getOrDefault(k.infoHash(), Set.of()).contains(k.url())) {
        e.getValue().stop("left the announce-lists");
        pairs.remove(k);
        rebuild(k.infoHash());
      }
    }
    for (Map.Entry<InfoHash, Set<String>> e : wanted.entrySet()) {
      for (String url : e.getValue()) {
        pairs.computeIfAbsent(
            new Key(url, e.getKey()),
            k -> {
              T2TPair p =
                  new T2TPair(url, k.infoHash(), interval, maxpeers, firstPoll.applyAsLong(now));
              if (disallowed.contains(url)) {
                p.stop("disallowed");
              }
              return p;
            });
      }
    }
    Map<InfoHash, List<T2TPair>> index = new HashMap<>();
    pairs.values().forEach(p -> index.computeIfAbsent(p.infoHash, h -> new ArrayList<>()).add(p));
    Map<InfoHash, T2TPair[]> arrays = new HashMap<>();
    index.forEach((h, list) -> arrays.put(h, list.toArray(NO_PAIRS)));
    byTorrent = arrays;
  }

  Collection<T2TPair> pairs() {
    return pairs.values();
  }

  /** The tracker said "disallowed": it is ourselves or refuses T2T; stop every pair on it. */
  void disallow(String url) {
    disallowed.add(url);
    for (T2TPair p : pairs.values()) {
      if (p.url.equals(url)) {
        p.stop("disallowed");
        rebuild(p.infoHash);
      }
    }
  }

  boolean isDisallowed(String url) {
    return disallowed.contains(url);
  }

  void stopAll(String reason) {
    atOnce = NOT_POLLING;
    pairs.values().forEach(p -> p.stop(reason));
    harvested.clear();
  }

  /** Joins the recent peers of a torrent's pairs, without duplicate addresses. */
  void rebuild(InfoHash infoHash) {
    Map<String, Endpoint> unique = new LinkedHashMap<>();
    for (T2TPair p : pairsOf(infoHash)) {
      if (p.isActive()) {
        for (Endpoint e : p.harvest()) {
          unique.putIfAbsent(Arrays.toString(e.compact()), e);
        }
      }
    }
    if (unique.isEmpty()) {
      harvested.remove(infoHash);
    } else {
      harvested.put(infoHash, unique.values().toArray(NONE));
    }
  }

  /** Every poll's outcome, counted as its answer (or error) arrives. */
  public T2TPollOutcomes polls() {
    return polls;
  }

  /** Every pair's state, for the admin page and the logs. */
  public List<T2TState> states() {
    List<T2TState> all = new ArrayList<>();
    pairs.values().forEach(p -> all.add(p.state()));
    all.sort(Comparator.comparing(T2TState::tracker).thenComparing(T2TState::infoHash));
    return all;
  }
}
