package org.multitracker.reporting;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.QueryParam;

/** The filter parameters shared by the JSON and the CSV query, still percent-encoded. */
@Encoded
public class AnnounceFilterParams {
  @Encoded
  @QueryParam("info_hash")
  String infoHash;

  @Encoded
  @QueryParam("peer_id")
  String peerId;

  @Encoded
  @QueryParam("ip")
  String ip;

  @Encoded
  @QueryParam("from")
  String from;

  @Encoded
  @QueryParam("to")
  String to;

  @Encoded
  @QueryParam("event")
  String event;

  AnnounceFilter parse() {
    return AnnounceFilter.parse(infoHash, peerId, ip, from, to, event);
  }
}
