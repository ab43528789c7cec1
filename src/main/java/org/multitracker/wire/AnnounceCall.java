package org.multitracker.wire;

import org.multitracker.metainfo.InfoHash;

/**
 * One announce that passed the checks every role shares (parsed, address and torrent allowed), with
 * what the connection told about it, handed to the role that answers it.
 */
public record AnnounceCall(
    RawQuery query,
    AnnounceRequest request,
    InfoHash infoHash,
    byte[] connectionIp,
    String forwardedFor,
    String userAgent,
    int localPort) {

  /** Parses a client's query; a malformed one throws {@link GarbageRequestException}. */
  public static AnnounceCall parse(
      String query, byte[] connectionIp, String forwardedFor, String userAgent, int localPort) {
    RawQuery q = RawQuery.parse(query);
    AnnounceRequest r = AnnounceRequest.from(q);
    return new AnnounceCall(
        q, r, new InfoHash(r.infoHash()), connectionIp, forwardedFor, userAgent, localPort);
  }
}
