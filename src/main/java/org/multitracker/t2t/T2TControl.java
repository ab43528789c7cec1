package org.multitracker.t2t;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.multitracker.allowed.AllowedSet;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.t2t.T2TPollOutcomes.Outcome;

/**
 * One tick of T2T polling, without a container: keeps the pairs in step with allowed_dir and sends
 * the polls that are due. Answers are handled on the HTTP client's executor.
 */
final class T2TControl {
  private static final Logger LOG = Logger.getLogger(T2TControl.class.getName());

  /** Extra polls under way at once, over all pairs: a flood of lonely announces stops here. */
  static final int MAX_EXTRA_IN_FLIGHT = 64;

  /** A poll under way for longer than a lonely client may wait is not waited for. */
  static final long JOIN_WINDOW_MILLIS = 2000;

  private final T2TList list;
  private final TrackerScreen screen;
  private final SnoopClient client;
  private final Supplier<AllowedSet> allowed;
  private final List<List<String>> template;
  private final byte[] ourId;
  private final int interval;
  private final int maxpeers;
  private final LongSupplier clock;
  private final Set<String> reported = new HashSet<>();
  private final AtomicInteger extrasInFlight = new AtomicInteger();
  private AllowedSet lastSet;

  T2TControl(
      T2TList list,
      TrackerScreen screen,
      SnoopClient client,
      Supplier<AllowedSet> allowed,
      List<List<String>> template,
      byte[] ourId,
      int interval,
      int maxpeers,
      LongSupplier clock) {
    this.list = list;
    this.screen = screen;
    this.client = client;
    this.allowed = allowed;
    this.template = template;
    this.ourId = ourId;
    this.interval = interval;
    this.maxpeers = maxpeers;
    this.clock = clock;
  }

  synchronized void tick(long now) {
    AllowedSet set = allowed.get();
    if (set != lastSet) {
      lastSet = set;
      list.sync(wanted(set), interval, maxpeers, this::firstPoll, now);
    }
    for (T2TPair pair : list.pairs()) {
      if (pair.startIfDue(now)) {
        poll(pair);
      }
    }
  }

  /**
   * A client announced a torrent we hold no peer for: its pairs are polled now (one extra poll per
   * pair per 10 s; a pair whose poll started in the last 2 s is waited for instead). Not
   * synchronized: a request thread must never wait for a tick.
   */
  CompletableFuture<Void> pollAtOnce(InfoHash infoHash) {
    T2TPair[] pairs = list.pairsOf(infoHash);
    if (pairs.length == 0) {
      return null;
    }
    List<CompletableFuture<Void>> polls = new ArrayList<>(pairs.length);
    long now = clock.getAsLong();
    for (T2TPair pair : pairs) {
      if (extrasInFlight.incrementAndGet() <= MAX_EXTRA_IN_FLIGHT && pair.startExtra(now)) {
        CompletableFuture<Void> done = poll(pair);
        done.whenComplete((v, e) -> extrasInFlight.decrementAndGet());
        polls.add(done);
        continue;
      }
      extrasInFlight.decrementAndGet();
      CompletableFuture<Void> underWay = pair.pollStartedSince(now - JOIN_WINDOW_MILLIS);
      if (underWay != null) {
        polls.add(underWay);
      }
    }
    return polls.isEmpty() ? null : firstWithPeers(infoHash, polls);
  }

  /** Completes when one poll brought peers for the torrent, or when all are over. */
  private CompletableFuture<Void> firstWithPeers(
      InfoHash infoHash, List<CompletableFuture<Void>> polls) {
    CompletableFuture<Void> any = new CompletableFuture<>();
    AtomicInteger left = new AtomicInteger(polls.size());
    for (CompletableFuture<Void> poll : polls) {
      poll.whenComplete(
          (v, e) -> {
            if (list.harvested(infoHash).length > 0 || left.decrementAndGet() == 0) {
              any.complete(null);
            }
          });
    }
    return any;
  }

  /** bttrack staggers first polls between interval/10 and interval. */
  private long firstPoll(long now) {
    long ms = interval * 1000L;
    return now + ThreadLocalRandom.current().nextLong(ms / 10, ms + 1);
  }

  private Map<InfoHash, Set<String>> wanted(AllowedSet set) {
    Map<InfoHash, Set<String>> wanted = new TreeMap<>();
    for (AllowedTorrent t : set.torrents()) {
      List<List<String>> tiers = template != null ? template : t.meta().announceList();
      for (List<String> tier : tiers) {
        for (String url : tier) {
          String refusal = screen.refusal(url);
          if (refusal == null) {
            wanted.computeIfAbsent(t.infoHash(), h -> new HashSet<>()).add(url);
          } else if (reported.add(url + " " + t.file())) {
            LOG.warning(() -> "Not polling " + url + " (named by " + t.file() + "): " + refusal);
          }
        }
      }
    }
    return wanted;
  }

  /** Sends the poll the caller claimed; the result completes once its outcome is recorded. */
  private CompletableFuture<Void> poll(T2TPair pair) {
    CompletableFuture<Void> done = pair.currentPoll();
    URI uri;
    try {
      uri = SnoopClient.snoopUri(pair.url, pair.infoHash, ourId, pair.numwant());
    } catch (IllegalArgumentException e) {
      pair.stop("not a usable URL");
      done.complete(null);
      return done;
    }
    client
        .get(uri)
        .whenComplete(
            (body, error) -> {
              try {
                long now = clock.getAsLong();
                if (error != null) {
                  list.polls().count(Outcome.ERROR);
                  pair.failed(describe(error), 0, now);
                } else {
                  answered(pair, body, now);
                }
              } finally {
                done.complete(null); // after the harvest is rebuilt: a waiting client sees it
              }
            });
    return done;
  }

  private void answered(T2TPair pair, byte[] body, long now) {
    SnoopAnswer answer;
    try {
      answer = SnoopAnswer.parse(body);
    } catch (BadAnswerException e) {
      list.polls().count(Outcome.ERROR);
      pair.failed(e.getMessage(), body.length, now);
      return;
    }
    list.polls().count(answer.failure() == null ? Outcome.OK : Outcome.REJECTED);
    if ("disallowed".equals(answer.failure())) {
      pair.rejected("disallowed", body.length, now);
      if (!list.isDisallowed(pair.url)) {
        LOG.info(
            () -> pair.url + " answered disallowed (ourselves, or no T2T): not polled any more");
      }
      list.disallow(pair.url);
    } else if (answer.failure() != null) {
      pair.rejected(answer.failure(), body.length, now);
      list.rebuild(pair.infoHash);
    } else {
      pair.succeeded(answer, body.length, now);
      list.rebuild(pair.infoHash);
    }
  }

  private static String describe(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    String message = cause.getMessage();
    if (cause instanceof BadAnswerException) {
      return message;
    }
    return cause.getClass().getSimpleName()
        + (message == null ? "" : ": " + SnoopAnswer.printable(message));
  }
}
