package org.multitracker.admin;

import static org.multitracker.infopage.Html.escape;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.multitracker.config.TrackerConfig;
import org.multitracker.infopage.ByteSizes;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.scrape.TrackedTorrent;
import org.multitracker.scrape.TrackedTorrents;

/**
 * GET /admin/torrent?info_hash=HEX: one torrent, its T2T pairs, and (on the aggregator) its swarm
 * over time and its distinct peers per day across the cluster.
 */
@WebServlet(urlPatterns = "/admin/torrent")
public class TorrentPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject TrackedTorrents tracked;
  @Inject ClusterView view;
  @Inject TrackerConfig config;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String hex = req.getParameter("info_hash");
    if (hex == null || !hex.matches("[0-9a-fA-F]{40}")) {
      Pages.text(resp, 400, "info_hash must be 40 hexadecimal digits.\n");
      return;
    }
    hex = hex.toLowerCase(Locale.ROOT);
    Optional<TrackedTorrent> torrent = tracked.one(InfoHash.fromHex(hex));
    String csrf = CsrfToken.of(req.getSession(true));
    StringBuilder s =
        PageFrame.open(
            "Torrent " + hex,
            "data-page=\"torrent\" data-aggregator=\""
                + config.isAggregator()
                + "\""
                + PageFrame.attr("data-info-hash", hex));
    PageFrame.header(s, "Torrent", req.getRemoteUser(), csrf);
    s.append("<main>\n<section><table id=\"torrent\"><tbody>");
    row(s, "Info hash", "<code>" + escape(hex) + "</code>");
    if (torrent.isEmpty()) {
      row(s, "This tracker", "does not track it now");
    } else {
      ClusterView.TorrentRow r = view.torrent(torrent.get());
      row(
          s,
          "Name",
          r.name() == null
              ? "<i>unknown</i>"
              : "<span id=\"torrent-name\">" + escape(r.name()) + "</span>");
      row(s, "Size", r.size() < 0 ? "unknown" : ByteSizes.text(r.size()));
      row(s, "Seeds here", String.valueOf(r.seeds()));
      row(s, "Leechers here", String.valueOf(r.leechers()));
      row(s, "Completed here", String.valueOf(r.completed()));
      StringBuilder h = new StringBuilder();
      DashboardPage.harvested(h, r.harvested());
      row(s, "Peers from other trackers", h.toString());
    }
    s.append("</tbody></table></section>\n");
    if (config.isAggregator()) {
      s.append("<section><h2>Swarm over the last 24 hours (whole cluster)</h2>")
          .append("<div id=\"swarm-chart\" class=\"chart\"></div></section>\n")
          .append("<section><h2>Distinct peers per day (whole cluster)</h2>")
          .append("<table id=\"daily-peers\"><thead><tr><th>Day (UTC)</th>")
          .append("<th class=\"num\">Distinct peers</th><th class=\"num\">Completions</th>")
          .append("<th class=\"num\">Uploaded</th><th class=\"num\">Downloaded</th></tr></thead>")
          .append("<tbody></tbody></table></section>\n")
          .append("<section><h2>Announce log</h2><p><a href=\"/api/announces?info_hash=")
          .append(escape(hex))
          .append("\">JSON</a> · <a href=\"/api/announces.csv?info_hash=")
          .append(escape(hex))
          .append("\">CSV</a></p></section>\n");
    } else {
      s.append("<p>Charts and daily figures are on the aggregator's admin page.</p>\n");
    }
    s.append("<section><h2>Other trackers (T2T)</h2>");
    var pairs = view.pairsOf(hex);
    if (pairs.isEmpty()) {
      s.append("<p>None polled for this torrent.</p>");
    } else {
      T2TTable.render(s, pairs);
    }
    s.append("</section>\n</main>\n");
    Pages.send(resp, PageFrame.close(s));
  }

  private static void row(StringBuilder s, String label, String html) {
    s.append("<tr><th>")
        .append(escape(label))
        .append("</th><td>")
        .append(html)
        .append("</td></tr>");
  }
}
