package org.multitracker.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The cluster's torrents and per-torrent daily figures, from the report views. */
@Path("torrents")
@RequestScoped
@Encoded
@Produces(MediaType.APPLICATION_JSON)
public class TorrentsResource {
  @Inject TorrentReports reports;

  @GET
  public JsonArray torrents(@QueryParam("limit") String limit) {
    int n = Params.integer("limit", limit, 100, 1, TorrentReports.MAX_LIMIT);
    return ApiJson.torrents(reports.torrents(n, Instant.now()));
  }

  @GET
  @Path("{info_hash}/daily-peers")
  public JsonObject dailyPeers(
      @PathParam("info_hash") String infoHash, @QueryParam("days") String days) {
    String hash = Params.requiredHex40("info_hash", infoHash);
    int d = Params.integer("days", days, 7, 1, TorrentReports.MAX_DAYS);
    return ApiJson.dailyPeers(hash, reports.dailyPeers(hash, d, LocalDate.now(ZoneOffset.UTC)));
  }
}
