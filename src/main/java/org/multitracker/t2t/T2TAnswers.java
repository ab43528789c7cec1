package org.multitracker.t2t;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.MultitrackerAllowed;
import org.multitracker.config.TrackerConfig;
import org.multitracker.network.TrackerIdentity;
import org.multitracker.swarm.Swarms;
import org.multitracker.wire.AnnounceAnswerer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.AnnounceResponseWriter;
import org.multitracker.wire.RequestBuffers;
import org.multitracker.wire.TrackerReplies;

/**
 * Another tracker's poll (an announce with {@code tracker=}): our own clients' peers only, as
 * multitracker_allowed permits, and nothing recorded about the poller.
 */
@ApplicationScoped
public class T2TAnswers implements AnnounceAnswerer {
  @Inject TrackerConfig config;
  @Inject Swarms swarms;
  @Inject TrackerIdentity identity;
  @Inject AllowedTorrents allowed;

  static final String NOT_FOR_MULTITRACKER =
      "Requested download is not authorized for multitracker use.";

  @Override
  public int answer(AnnounceCall call, RequestBuffers buf) {
    MultitrackerAllowed policy = config.effectiveMultitrackerAllowed();
    if (policy == MultitrackerAllowed.NONE || identity.isOwn(call.request().peerId())) {
      return TrackerReplies.failure(buf.writer, "disallowed");
    }
    if (policy == MultitrackerAllowed.AUTODETECT
        && !allowed.get(call.infoHash()).map(AllowedTorrent::hasAnnounceList).orElse(false)) {
      return TrackerReplies.failure(buf.writer, NOT_FOR_MULTITRACKER);
    }
    swarms.pickForTracker(
        call.infoHash(), call.request().wanted(config.responseSize()), buf.selection);
    AnnounceResponseWriter.write(
        buf.writer,
        buf.selection,
        new AnnounceResponseWriter.Options(
            config.multitrackerReannounceInterval(),
            true,
            false,
            false,
            true,
            false,
            false,
            allowed.warning(call.infoHash())),
        buf.scratch);
    return 200;
  }
}
