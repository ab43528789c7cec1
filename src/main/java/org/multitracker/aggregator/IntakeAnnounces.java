package org.multitracker.aggregator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.swarm.Swarms;
import org.multitracker.wire.AnnounceAnswerer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.AnnounceRequest;
import org.multitracker.wire.RequestBuffers;
import org.multitracker.wire.TrackerReplies;

/**
 * Every announce on the aggregator, whether a member forwarded it or a client sent it: recorded
 * (with the client's real address when a trusted member forwarded it), counted in the swarm,
 * answered with no peers.
 */
@ApplicationScoped
public class IntakeAnnounces implements AnnounceAnswerer {
  @Inject AggregatorIntake intake;
  @Inject Swarms swarms;

  @Override
  public int answer(AnnounceCall call, RequestBuffers buf) {
    AnnounceRequest r = call.request();
    if (!intake.authorized(r)) {
      return TrackerReplies.failure(buf.writer, AllowedTorrents.NOT_AUTHORIZED);
    }
    String refusal = intake.refusal(call.query());
    if (refusal != null) {
      return TrackerReplies.failure(buf.writer, refusal);
    }
    byte[] ip = intake.clientIp(call.query(), call.connectionIp());
    // Recorded even when max_torrents leaves the torrent out of the in-memory counts.
    swarms.announce(r.toPeerAnnounce(call.infoHash(), ip, ip, true, 0), 0, buf.selection);
    intake.record(call.query(), r, ip, call.connectionIp(), call.userAgent());
    buf.writer.reset();
    buf.writer.beginDict();
    buf.writer.key("response");
    buf.writer.string("OK");
    buf.writer.end();
    return 200;
  }
}
