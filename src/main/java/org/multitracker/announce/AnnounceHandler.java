package org.multitracker.announce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.multitracker.aggregator.AggregatorIntake;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.MultitrackerAllowed;
import org.multitracker.forwarding.AggregateForwarder;
import org.multitracker.network.IpAddresses;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.multitracker.T2TList;
import org.multitracker.multitracker.TrackerIdentity;
import org.multitracker.swarm.Endpoint;
import org.multitracker.natcheck.NatChecker;
import org.multitracker.swarm.PeerAnnounce;
import org.multitracker.swarm.PeerId;
import org.multitracker.swarm.PeerSelection;
import org.multitracker.swarm.Swarms;

/**
 * Turns one announce query into a swarm update and an answer, following bttrack: garbage is
 * HTTP 400 with a plain-text reason, refusals are HTTP 200 with a bencoded failure reason.
 */
@ApplicationScoped
public class AnnounceHandler {
  @Inject TrackerConfig config;
  @Inject Swarms swarms;
  @Inject TrackerIdentity identity;
  @Inject NatChecker natChecker;
  @Inject AllowedTorrents allowed;
  @Inject SeededTorrents seeded;
  @Inject T2TList t2t;
  @Inject AggregatorIntake intake;
  @Inject AggregateForwarder forwarder;

  private static final Endpoint[] NO_PEERS = new Endpoint[0];

  /**
   * Not an HTTP status: the client is alone on a cluster torrent, its other trackers are being
   * polled, and {@code buf.lonely} holds what {@link #answerLonely} needs once they are in.
   */
  public static final int AWAIT_T2T = 0;

  static final String NOT_AUTHORIZED =
      "Requested download is not authorized for use with this tracker.";

  /** Answers into {@code buf.writer} and returns the HTTP status. */
  public int announce(
      String query, byte[] connectionIp, String forwardedFor, String userAgent, int localPort,
      RequestBuffers buf) {
    if (!allowed.ipAllowed(connectionIp)) {
      return TrackerReplies.failure(buf.writer, 400, "your IP is not allowed on this tracker");
    }
    RawQuery q;
    AnnounceRequest r;
    try {
      q = RawQuery.parse(query);
      r = AnnounceRequest.from(q);
    } catch (GarbageRequestException e) {
      return TrackerReplies.garbage(buf.writer, e.getMessage());
    }
    if (config.isAggregator()) {
      if (!intake.authorized(r)) {
        return TrackerReplies.failure(buf.writer, NOT_AUTHORIZED);
      }
      String refusal = intake.refusal(q);
      if (refusal != null) {
        return TrackerReplies.failure(buf.writer, refusal);
      }
    }
    InfoHash infoHash = new InfoHash(r.infoHash());
    ClientAddress client =
        ClientAddress.resolve(
            connectionIp, forwardedFor, r.ip(), config.restrictIpOverrideToLocal());
    if (!allowed.allows(infoHash)) {
      return TrackerReplies.failure(buf.writer, NOT_AUTHORIZED);
    }
    Optional<AllowedTorrent> torrent = allowed.get(infoHash);
    if (config.allowedControls() && torrent.isPresent()) {
      Optional<String> refusal = torrent.get().meta().failureReason();
      if (refusal.isPresent()) {
        return TrackerReplies.failure(buf.writer, refusal.get());
      }
    }
    if (config.isAggregator()) {
      return aggregate(q, r, infoHash, connectionIp, userAgent, buf);
    }
    if (r.tracker()) {
      return answerTracker(r, infoHash, torrent, buf);
    }
    if (config.compactReqd() && !client.isIpv6() && !r.compact()) {
      return TrackerReplies.text(buf.writer, 400, "your client is outdated, please upgrade");
    }
    int want = r.event() == AnnounceEvent.STOPPED ? 0 : wanted(r.numwant());
    Endpoint[] harvested = want == 0 ? NO_PEERS : t2t.harvested(infoHash);
    int reserved = Math.min(harvested.length, want / 2);
    PeerAnnounce a =
        new PeerAnnounce(
            infoHash,
            new PeerId(r.peerId()),
            client.sourceIp(),
            client.ip(),
            r.port(),
            r.uploaded(),
            r.downloaded(),
            r.left(),
            r.event() == AnnounceEvent.STOPPED,
            r.event() == AnnounceEvent.COMPLETED,
            r.key(),
            r.supportCrypto(),
            r.requireCrypto(),
            client.local(),
            want - reserved);
    swarms.announce(a, config.natCheck(), buf.selection);
    if (buf.selection.natCheck() != null) {
      natChecker.check(infoHash, buf.selection.natCheck());
    }
    if (harvested.length > 0) {
      HarvestedMix.add(harvested, want - buf.selection.count(), client, r.port(), buf.selection);
    }
    if (forwarder.enabled()) {
      forwarder.forward(q, IpAddresses.format(client.ip()), userAgent, localPort);
    }
    AnnounceResponseWriter.Options options =
        new AnnounceResponseWriter.Options(
            config.reannounceInterval(),
            r.compact(),
            r.supportCrypto(),
            r.noPeerId(),
            client.isIpv6(),
            r.scrape(),
            checkSeeded(r, infoHash),
            warning(torrent));
    if (harvested.length == 0 && want > 0 && alone(buf.selection)) {
      CompletableFuture<Void> polls = t2t.pollAtOnce(infoHash);
      if (polls != null && LonelyWait.admit()) {
        buf.lonely =
            new LonelyAnnounce(
                infoHash, a.peerId(), client, r.port(), want, r.left() == 0, r.supportCrypto(),
                options, polls);
        return AWAIT_T2T;
      }
    }
    return write(buf, options);
  }

  /** Only the client itself (or nobody) in our swarm, so nothing to hand out. */
  private static boolean alone(PeerSelection s) {
    return s.count() == 0 && s.complete() + s.incomplete() <= 1;
  }

  /**
   * The answer of a lonely client once the immediate polls are in (or the wait is over): picked
   * and mixed as any other answer, from the swarm and the harvest as they are now.
   */
  public int answerLonely(LonelyAnnounce l, RequestBuffers buf) {
    Endpoint[] harvested = t2t.harvested(l.infoHash());
    int reserved = Math.min(harvested.length, l.want() / 2);
    swarms.pickAgain(
        l.infoHash(), l.peerId(), l.seed(), l.client().sourceIp().length == 16,
        l.want() - reserved, l.crypto(), buf.selection);
    if (harvested.length > 0) {
      HarvestedMix.add(harvested, l.want() - buf.selection.count(), l.client(), l.port(), buf.selection);
    }
    return write(buf, l.options());
  }

  private static int write(RequestBuffers buf, AnnounceResponseWriter.Options options) {
    AnnounceResponseWriter.write(buf.writer, buf.selection, options, buf.scratch);
    // Compact peers are address bytes that do not compress; gzip would only cost CPU.
    buf.incompressible = options.compact();
    return 200;
  }

  private String warning(Optional<AllowedTorrent> torrent) {
    return config.allowedControls() && torrent.isPresent()
        ? torrent.get().meta().warningMessage().orElse(null)
        : null;
  }

  /** dedicated_seed_id: the operator's seed marks a torrent seeded; clients may ask. */
  private boolean checkSeeded(AnnounceRequest r, InfoHash infoHash) {
    if (config.dedicatedSeedId().isEmpty()) {
      return false;
    }
    if (r.left() == 0
        && r.seedId() != null
        && Arrays.equals(r.seedId(), config.dedicatedSeedId().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      seeded.markSeeded(infoHash);
    }
    return r.checkSeeded() && seeded.isSeeded(infoHash);
  }

  /**
   * Aggregator mode: record the announce (with the client's real address when a trusted member
   * forwarded it), keep the swarm counts, hand out no peers.
   */
  private int aggregate(
      RawQuery q, AnnounceRequest r, InfoHash infoHash, byte[] connectionIp, String userAgent,
      RequestBuffers buf) {
    byte[] ip = intake.clientIp(q, connectionIp);
    swarms.announce(
        new PeerAnnounce(
            infoHash, new PeerId(r.peerId()), ip, ip, r.port(), r.uploaded(), r.downloaded(),
            r.left(), r.event() == AnnounceEvent.STOPPED, r.event() == AnnounceEvent.COMPLETED,
            r.key(), r.supportCrypto(), r.requireCrypto(), true, 0),
        0,
        buf.selection);
    intake.record(q, r, ip, connectionIp, userAgent);
    buf.writer.reset();
    buf.writer.beginDict();
    buf.writer.key("response");
    buf.writer.string("OK");
    buf.writer.end();
    return 200;
  }

  private int wanted(int numwant) {
    return numwant < 0 ? config.responseSize() : Math.min(numwant, config.responseSize());
  }

  /** A T2T poll: our own clients' peers only, and nothing recorded about the poller. */
  private int answerTracker(
      AnnounceRequest r, InfoHash infoHash, Optional<AllowedTorrent> torrent, RequestBuffers buf) {
    MultitrackerAllowed policy = config.effectiveMultitrackerAllowed();
    if (policy == MultitrackerAllowed.NONE || identity.isOwn(r.peerId())) {
      return TrackerReplies.failure(buf.writer, "disallowed");
    }
    if (policy == MultitrackerAllowed.AUTODETECT
        && !torrent.map(AllowedTorrent::hasAnnounceList).orElse(false)) {
      return TrackerReplies.failure(
          buf.writer, "Requested download is not authorized for multitracker use.");
    }
    swarms.pickForTracker(infoHash, wanted(r.numwant()), buf.selection);
    AnnounceResponseWriter.write(
        buf.writer,
        buf.selection,
        new AnnounceResponseWriter.Options(
            config.multitrackerReannounceInterval(), true, false, false, true, false, false,
            warning(torrent)),
        buf.scratch);
    return 200;
  }
}
