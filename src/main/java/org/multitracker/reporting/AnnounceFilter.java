package org.multitracker.reporting;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.multitracker.network.IpPrefix;

/**
 * Which announces a log query wants; null fields do not filter. {@code from} is inclusive and
 * {@code to} exclusive, so consecutive windows never count an announce twice.
 */
public record AnnounceFilter(
    String infoHash, String peerId, IpPrefix ip, Instant from, Instant to, String event) {
  static final Set<String> EVENTS = Set.of("started", "completed", "stopped", "none");

  /** Parses the parameters, each still percent-encoded as the query carried it. */
  public static AnnounceFilter parse(
      String infoHash, String peerId, String ip, String from, String to, String event) {
    Instant start = Params.instant("from", from);
    Instant end = Params.instant("to", to);
    if (start != null && end != null && start.isAfter(end)) {
      throw new BadParameterException("from is after to");
    }
    return new AnnounceFilter(
        Params.hex40("info_hash", infoHash),
        PeerIdParam.parse(peerId),
        prefix(ip),
        start,
        end,
        event(event));
  }

  public static AnnounceFilter none() {
    return new AnnounceFilter(null, null, null, null, null, null);
  }

  private static IpPrefix prefix(String encoded) {
    String ip = Params.decode("ip", encoded);
    if (Params.absent(ip)) {
      return null;
    }
    try {
      return IpPrefix.parse(ip);
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("ip: " + e.getMessage());
    }
  }

  private static String event(String encoded) {
    String event = Params.decode("event", encoded);
    if (Params.absent(event)) {
      return null;
    }
    String e = event.toLowerCase(Locale.ROOT);
    if (!EVENTS.contains(e)) {
      throw new BadParameterException("event must be started, completed, stopped or none");
    }
    return e;
  }
}
