package org.multitracker.t2t;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.Endpoint;

/**
 * One (tracker, torrent) pair we poll, with bttrack's rules: the other tracker's interval is
 * adopted; an interval over 3x ours marks a plain tracker, asked for proportionally more peers;
 * three errors in a row lengthen the interval by one more base interval each time; three rejections
 * stop the pair. Guarded by its own monitor: a poll's answer and the timer may meet.
 *
 * <p>Besides the schedule, a lonely client (one we hold no peer for) may ask for one extra poll, at
 * most once per {@link #EXTRA_GAP_MILLIS} and only while the pair's polls are succeeding; an extra
 * poll's outcome leaves the schedule (next poll, interval, back-off) as it was.
 */
final class T2TPair {
  private static final Logger LOG = Logger.getLogger(T2TPair.class.getName());
  static final int KEPT_POLLS = 10;
  static final long EXTRA_GAP_MILLIS = 10_000;

  final String url;
  final InfoHash infoHash;
  private final int baseInterval;
  private int interval;
  private int numwant;
  private int errors;
  private int rejected;
  private boolean active = true;
  private String stopReason;
  private boolean busy;
  private long nextPoll;
  private long lastPoll;
  private String lastOutcome = "not polled yet";
  private int lastPeers;
  private long bytesReceived;
  private long polls;
  private long lastExtra = Long.MIN_VALUE / 2;
  private boolean extraInFlight;
  private boolean extraFailed;
  private CompletableFuture<Void> inFlight;
  private final ArrayDeque<List<Endpoint>> recent = new ArrayDeque<>();

  T2TPair(String url, InfoHash infoHash, int baseInterval, int numwant, long firstPoll) {
    this.url = url;
    this.infoHash = infoHash;
    this.baseInterval = baseInterval;
    this.interval = baseInterval;
    this.numwant = numwant;
    this.nextPoll = firstPoll;
  }

  /** Claims the pair for a poll if one is due; false if not due, busy or stopped. */
  synchronized boolean startIfDue(long now) {
    if (!active || busy || now < nextPoll) {
      return false;
    }
    claim(now, false);
    return true;
  }

  /**
   * Claims the pair for an extra poll: not while it is busy or stopped, not within {@link
   * #EXTRA_GAP_MILLIS} of the last one, not while its last poll failed or was refused (a failing
   * tracker is left to the schedule's back-off).
   */
  synchronized boolean startExtra(long now) {
    if (!active
        || busy
        || errors > 0
        || rejected > 0
        || extraFailed
        || now - lastExtra < EXTRA_GAP_MILLIS) {
      return false;
    }
    lastExtra = now;
    claim(now, true);
    return true;
  }

  private void claim(long now, boolean extra) {
    busy = true;
    extraInFlight = extra;
    inFlight = new CompletableFuture<>();
    lastPoll = now;
    polls++;
  }

  /** The poll under way, completed once its outcome is recorded; null when none is. */
  synchronized CompletableFuture<Void> currentPoll() {
    return busy ? inFlight : null;
  }

  /** The poll under way if it started at {@code since} or later; an older one may be hanging. */
  synchronized CompletableFuture<Void> pollStartedSince(long since) {
    return busy && lastPoll >= since ? inFlight : null;
  }

  synchronized int numwant() {
    return numwant;
  }

  synchronized void succeeded(SnoopAnswer answer, int bytes, long now) {
    busy = false;
    keep(answer.peers());
    bytesReceived += bytes;
    if (extraInFlight) {
      lastOutcome = "ok (extra poll)";
      return;
    }
    extraFailed = false;
    if (errors >= 3) {
      LOG.info(() -> url + " answers again for " + infoHash + " after " + errors + " errors");
    }
    errors = 0;
    rejected = 0;
    int theirs = answer.interval() > 0 ? answer.interval() : baseInterval;
    if (theirs > 3 * baseInterval) {
      numwant = (int) Math.min(1000L, (long) numwant * theirs / baseInterval);
    }
    interval = theirs;
    lastOutcome = "ok";
    nextPoll = now + interval * 1000L;
  }

  private void keep(List<Endpoint> peers) {
    recent.addLast(peers);
    while (recent.size() > KEPT_POLLS) {
      recent.removeFirst();
    }
    lastPeers = peers.size();
  }

  /** A failure reason other than "disallowed": the tracker refuses this torrent. */
  synchronized void rejected(String reason, int bytes, long now) {
    busy = false;
    bytesReceived += bytes;
    lastOutcome = "rejected: " + reason;
    if (++rejected >= 3) {
      stop("rejected 3 times: " + reason);
    }
    if (!extraInFlight) {
      nextPoll = now + interval * 1000L;
    }
  }

  /** No usable answer (network error, timeout, garbage): back off after three in a row. */
  synchronized void failed(String error, int bytes, long now) {
    busy = false;
    bytesReceived += bytes;
    lastOutcome = "error: " + error;
    if (extraInFlight) {
      extraFailed = true; // no more extra polls until a scheduled one succeeds
      return;
    }
    if (++errors >= 3) {
      interval += baseInterval;
      LOG.info(
          () ->
              url
                  + " failed "
                  + errors
                  + " times in a row for "
                  + infoHash
                  + " ("
                  + error
                  + "): polling every "
                  + interval
                  + " s");
    }
    nextPoll = now + interval * 1000L;
  }

  synchronized void stop(String reason) {
    busy = false;
    if (active) {
      active = false;
      stopReason = reason;
      recent.clear();
    }
  }

  synchronized boolean isActive() {
    return active;
  }

  /** Peers of the last polls, for mixing into our answers. */
  synchronized List<Endpoint> harvest() {
    List<Endpoint> all = new ArrayList<>();
    recent.forEach(all::addAll);
    return all;
  }

  synchronized T2TState state() {
    return new T2TState(
        url,
        infoHash.hex(),
        active,
        stopReason,
        lastPoll,
        lastOutcome,
        lastPeers,
        interval,
        errors,
        rejected,
        numwant,
        polls,
        bytesReceived);
  }
}
