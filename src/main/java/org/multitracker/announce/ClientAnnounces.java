package org.multitracker.announce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.forwarding.AggregateForwarder;
import org.multitracker.natcheck.NatChecker;
import org.multitracker.network.IpAddresses;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.PeerAnnounce;
import org.multitracker.swarm.PeerSelection;
import org.multitracker.swarm.Swarms;
import org.multitracker.t2t.T2TList;
import org.multitracker.wire.AnnounceAnswerer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.AnnounceEvent;
import org.multitracker.wire.AnnounceRequest;
import org.multitracker.wire.AnnounceResponseWriter;
import org.multitracker.wire.ClientAddress;
import org.multitracker.wire.RequestBuffers;
import org.multitracker.wire.TrackerReplies;

/**
 * A BitTorrent client's announce on a member tracker: the swarm update, the peers picked from our
 * swarm and the T2T harvest, the NAT check and the forward to the aggregator.
 */
@ApplicationScoped
public class ClientAnnounces implements AnnounceAnswerer {
  @Inject TrackerConfig config;
  @Inject Swarms swarms;
  @Inject NatChecker natChecker;
  @Inject AllowedTorrents allowed;
  @Inject SeededTorrents seeded;
  @Inject T2TList t2t;
  @Inject AggregateForwarder forwarder;

  private static final Endpoint[] NO_PEERS = new Endpoint[0];

  /** max_torrents reached: swarms already tracked keep working, new ones must wait. */
  static final String FULL = "tracker is full: no new torrents accepted right now, try later";

  @Override
  public int answer(AnnounceCall call, RequestBuffers buf) {
    AnnounceRequest r = call.request();
    ClientAddress client =
        ClientAddress.resolve(
            call.connectionIp(), call.forwardedFor(), r.ip(), config.restrictIpOverrideToLocal());
    if (config.compactReqd() && !client.isIpv6() && !r.compact()) {
      return TrackerReplies.text(buf.writer, 400, "your client is outdated, please upgrade");
    }
    int want = r.event() == AnnounceEvent.STOPPED ? 0 : r.wanted(config.responseSize());
    Endpoint[] harvested = want == 0 ? NO_PEERS : t2t.harvested(call.infoHash());
    int reserved = Math.min(harvested.length, want / 2);
    PeerAnnounce a =
        r.toPeerAnnounce(
            call.infoHash(), client.sourceIp(), client.ip(), client.local(), want - reserved);
    if (!swarms.announce(a, config.natCheck(), buf.selection)) {
      return TrackerReplies.failure(buf.writer, FULL);
    }
    if (buf.selection.natCheck() != null) {
      natChecker.check(call.infoHash(), buf.selection.natCheck());
    }
    if (harvested.length > 0) {
      HarvestedMix.add(harvested, want - buf.selection.count(), client, r.port(), buf.selection);
    }
    if (forwarder.enabled()) {
      forwarder.forward(
          call.query(), IpAddresses.format(client.ip()), call.userAgent(), call.localPort());
    }
    AnnounceResponseWriter.Options options = options(call, client);
    if (harvested.length == 0 && want > 0 && alone(buf.selection)) {
      LonelyAnnounce lonely = waitForPolls(call, a, client, want, options);
      if (lonely != null) {
        buf.awaiting = lonely;
        return RequestBuffers.AWAITING;
      }
    }
    return write(buf, options);
  }

  private AnnounceResponseWriter.Options options(AnnounceCall call, ClientAddress client) {
    AnnounceRequest r = call.request();
    return new AnnounceResponseWriter.Options(
        config.reannounceInterval(),
        r.compact(),
        r.supportCrypto(),
        r.noPeerId(),
        client.isIpv6(),
        r.scrape(),
        seeded.answerSeeded(r, call.infoHash()),
        allowed.warning(call.infoHash()));
  }

  /**
   * A client alone on a cluster torrent: its other trackers are polled at once and its answer waits
   * for them (null when there is nothing to poll or too many wait already).
   */
  private LonelyAnnounce waitForPolls(
      AnnounceCall call,
      PeerAnnounce a,
      ClientAddress client,
      int want,
      AnnounceResponseWriter.Options options) {
    CompletableFuture<Void> polls = t2t.pollAtOnce(call.infoHash());
    if (polls == null || !LonelyWait.admit()) {
      return null;
    }
    AnnounceRequest r = call.request();
    return new LonelyAnnounce(
        call.infoHash(),
        a.peerId(),
        client,
        r.port(),
        want,
        r.left() == 0,
        r.supportCrypto(),
        options,
        polls);
  }

  /** Only the client itself (or nobody) in our swarm, so nothing to hand out. */
  private static boolean alone(PeerSelection s) {
    return s.count() == 0 && s.complete() + s.incomplete() <= 1;
  }

  /**
   * The answer of a lonely client once the immediate polls are in (or the wait is over): picked and
   * mixed as any other answer, from the swarm and the harvest as they are now.
   */
  public int answerLonely(LonelyAnnounce l, RequestBuffers buf) {
    Endpoint[] harvested = t2t.harvested(l.infoHash());
    int reserved = Math.min(harvested.length, l.want() / 2);
    swarms.pickAgain(
        l.infoHash(),
        l.peerId(),
        l.seed(),
        l.client().sourceIp().length == 16,
        l.want() - reserved,
        l.crypto(),
        buf.selection);
    if (harvested.length > 0) {
      HarvestedMix.add(
          harvested, l.want() - buf.selection.count(), l.client(), l.port(), buf.selection);
    }
    return write(buf, l.options());
  }

  private static int write(RequestBuffers buf, AnnounceResponseWriter.Options options) {
    AnnounceResponseWriter.write(buf.writer, buf.selection, options, buf.scratch);
    // Compact peers are address bytes that do not compress; gzip would only cost CPU.
    buf.incompressible = options.compact();
    return 200;
  }
}
