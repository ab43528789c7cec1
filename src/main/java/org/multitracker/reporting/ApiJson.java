package org.multitracker.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The API's JSON shapes, written with JSON-P so that names (snake_case), nulls and number types are
 * exactly what the admin page reads, on any server's JSON-B.
 */
final class ApiJson {
  private ApiJson() {}

  static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Json.createObjectBuilder().add("error", message).build())
        .build();
  }

  static JsonObject page(AnnouncePage p) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    p.items().forEach(r -> items.add(row(r)));
    return Json.createObjectBuilder()
        .add("page", p.page())
        .add("size", p.size())
        .add("items", items)
        .add("has_more", p.hasMore())
        .build();
  }

  static JsonObjectBuilder row(AnnounceRow r) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", r.id())
            .add("announced_at", r.announcedAt().toString());
    text(o, "tracker", r.tracker());
    o.add("info_hash", r.infoHash()).add("peer_id", r.peerId());
    text(o, "ip", r.ip());
    o.add("port", r.port())
        .add("uploaded", r.uploaded())
        .add("downloaded", r.downloaded())
        .add("remaining", r.remaining());
    text(o, "event", r.event());
    text(o, "peer_key", r.peerKey());
    return text(o, "user_agent", r.userAgent());
  }

  /** Adds a text value, or JSON null when there is none. */
  private static JsonObjectBuilder text(JsonObjectBuilder o, String name, String value) {
    return value == null ? o.addNull(name) : o.add(name, value);
  }

  /** {"bucket_seconds":N,"t":[...],"<series>":[...]...}, after any leading fields in {@code o}. */
  static JsonObject series(JsonObjectBuilder o, TimeSeries s) {
    o.add("bucket_seconds", s.bucketSeconds()).add("t", numbers(s.t()));
    s.series().forEach((name, values) -> o.add(name, numbers(values)));
    return o.build();
  }

  private static JsonArrayBuilder numbers(long[] values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (long v : values) {
      a.add(v);
    }
    return a;
  }

  static JsonObject dailyPeers(String infoHash, List<DailyFigures> days) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (DailyFigures d : days) {
      a.add(
          Json.createObjectBuilder()
              .add("day", d.day().toString())
              .add("unique_peers", d.uniquePeers())
              .add("completions", d.completions())
              .add("uploaded", d.uploaded())
              .add("downloaded", d.downloaded()));
    }
    return Json.createObjectBuilder().add("info_hash", infoHash).add("days", a).build();
  }

  static JsonArray torrents(List<TorrentSummary> torrents) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (TorrentSummary t : torrents) {
      a.add(
          Json.createObjectBuilder()
              .add("info_hash", t.infoHash())
              .add("peers", t.peers())
              .add("seeds", t.seeds())
              .add("leechers", t.leechers())
              .add("completions", t.completions())
              .add("announces", t.announces())
              .add("last_seen", t.lastSeen().toString()));
    }
    return a.build();
  }
}
