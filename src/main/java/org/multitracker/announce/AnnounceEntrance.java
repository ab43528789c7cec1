package org.multitracker.announce;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multitracker.aggregator.IntakeAnnounces;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.t2t.T2TAnswers;
import org.multitracker.wire.AnnounceAnswerer;
import org.multitracker.wire.AnnounceCall;
import org.multitracker.wire.GarbageRequestException;
import org.multitracker.wire.RequestBuffers;
import org.multitracker.wire.TrackerReplies;

/**
 * Where every announce comes in: the checks all roles share, following bttrack (garbage is HTTP 400
 * with a plain-text reason, refusals are HTTP 200 with a bencoded failure reason), then the role
 * that answers it. The role is chosen once: an aggregator records every announce; a member answers
 * its clients and the polls of other trackers.
 */
@ApplicationScoped
public class AnnounceEntrance {
  @Inject TrackerConfig config;
  @Inject AllowedTorrents allowed;
  @Inject ClientAnnounces clients;
  @Inject T2TAnswers trackerPolls;
  @Inject IntakeAnnounces intake;

  private AnnounceAnswerer aggregator;

  @PostConstruct
  void chooseRole() {
    aggregator = config.isAggregator() ? intake : null;
  }

  /** Answers into {@code buf.writer} and returns the HTTP status, or RequestBuffers.AWAITING. */
  public int announce(
      String query,
      byte[] connectionIp,
      String forwardedFor,
      String userAgent,
      int localPort,
      RequestBuffers buf) {
    if (!allowed.ipAllowed(connectionIp)) {
      return TrackerReplies.failure(buf.writer, 400, "your IP is not allowed on this tracker");
    }
    AnnounceCall call;
    try {
      call = AnnounceCall.parse(query, connectionIp, forwardedFor, userAgent, localPort);
    } catch (GarbageRequestException e) {
      return TrackerReplies.garbage(buf.writer, e.getMessage());
    }
    String refusal = allowed.refusal(call.infoHash());
    if (refusal != null) {
      return TrackerReplies.failure(buf.writer, refusal);
    }
    return role(call).answer(call, buf);
  }

  private AnnounceAnswerer role(AnnounceCall call) {
    if (aggregator != null) {
      return aggregator;
    }
    return call.request().tracker() ? trackerPolls : clients;
  }
}
