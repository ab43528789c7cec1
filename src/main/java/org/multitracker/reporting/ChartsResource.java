package org.multitracker.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** Time series for the admin page's charts (uPlot: one x array "t", one array per series). */
@Path("charts")
@RequestScoped
@Encoded
@Produces(MediaType.APPLICATION_JSON)
public class ChartsResource {
  @Inject Charts charts;

  @GET
  @Path("swarm-size")
  public JsonObject swarmSize(
      @QueryParam("info_hash") String infoHash, @QueryParam("hours") String hours) {
    String hash = Params.requiredHex40("info_hash", infoHash);
    int h = Params.integer("hours", hours, 24, 1, Charts.MAX_HOURS);
    return ApiJson.series(
        Json.createObjectBuilder().add("info_hash", hash),
        charts.swarmSize(hash, h, Instant.now()));
  }

  @GET
  @Path("announces-per-minute")
  public JsonObject announcesPerMinute(@QueryParam("minutes") String minutes) {
    int m = Params.integer("minutes", minutes, 60, 1, Charts.MAX_MINUTES);
    return ApiJson.series(Json.createObjectBuilder(), charts.announcesPerMinute(m, Instant.now()));
  }
}
