package org.multitracker.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The announce log: filtered pages as JSON, or everything that matches as a CSV download.
 * Parameters are taken still encoded ({@code @Encoded}): peer_id may carry the raw bytes a client
 * sent, and bad escapes must be our 400, not the framework's.
 */
@Path("/")
@RequestScoped
@Encoded
public class AnnouncesResource {
  private static final String ATTACHMENT = "attachment; filename=\"announces.csv\"";
  private static final Logger LOG = Logger.getLogger(AnnouncesResource.class.getName());
  static final int DEFAULT_MAX_ROWS = 1_000_000;
  static final int MAX_ROWS = 10_000_000;

  @Inject AnnounceLog log;

  @GET
  @Path("announces")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject announces(
      @BeanParam AnnounceFilterParams params,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AnnounceFilter filter = params.parse();
    return ApiJson.page(log.page(filter, Paging.parse(page, size)));
  }

  @GET
  @Path("announces.csv")
  @Produces("text/csv; charset=utf-8")
  public Response csv(
      @BeanParam AnnounceFilterParams params, @QueryParam("max_rows") String maxRows) {
    AnnounceFilter filter = params.parse();
    int max = Params.integer("max_rows", maxRows, DEFAULT_MAX_ROWS, 1, MAX_ROWS);
    AnnounceCursor cursor = log.open(filter, max);
    StreamingOutput body =
        out -> {
          try (AnnounceCursor rows = cursor) {
            Writer w =
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
            AnnounceCsv.header(w);
            for (AnnounceRow r = rows.next(); r != null; r = rows.next()) {
              AnnounceCsv.row(r, w);
            }
            w.flush();
          } catch (DatabaseUnavailableException e) {
            // The status line is gone already: the download ends short, and the log says why.
            LOG.warning(() -> "CSV export cut short by the database: " + e.getMessage());
          }
        };
    return Response.ok(body).header("Content-Disposition", ATTACHMENT).build();
  }

  /**
   * HEAD checks the parameters only. Without it HEAD would run the GET method, whose cursor is
   * closed by the body writer, which a HEAD answer never calls.
   */
  @HEAD
  @Path("announces.csv")
  @Produces("text/csv; charset=utf-8")
  public Response csvHead(
      @BeanParam AnnounceFilterParams params, @QueryParam("max_rows") String maxRows) {
    params.parse();
    Params.integer("max_rows", maxRows, DEFAULT_MAX_ROWS, 1, MAX_ROWS);
    return Response.ok().header("Content-Disposition", ATTACHMENT).build();
  }
}
