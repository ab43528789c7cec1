package org.multitracker.admin;

import static org.multitracker.infopage.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.multitracker.reporting.ClusterTorrent;
import org.multitracker.reporting.TorrentListing;

/**
 * The aggregator's torrent list on /admin (section id cluster-torrents): every torrent the database
 * saw within the retention window, a page of {@link TorrentListing#PAGE_SIZE}, sorted and searched
 * by GET parameters (page, sort, q) so that each view has its own address.
 */
final class ClusterTorrentsSection {
  private ClusterTorrentsSection() {}

  static void render(StringBuilder s, DatabaseTorrents.Page page, String error, String csrf) {
    s.append("<section id=\"cluster-torrents\"><h2>Torrents in the cluster (database)</h2>\n");
    if (page == null) {
      s.append("<p class=\"notice\">").append(escape(error)).append("</p></section>\n");
      return;
    }
    TorrentListing l = page.listing();
    s.append("<form method=\"get\" action=\"/admin#cluster-torrents\" id=\"cluster-search\">")
        .append("<label>Info hash prefix or name <input type=\"search\" name=\"q\" maxlength=\"")
        .append(TorrentListing.MAX_SEARCH)
        .append("\"")
        .append(PageFrame.attr("value", l.search()))
        .append("></label> <label>Sort by <select name=\"sort\">");
    for (TorrentListing.Sort sort : TorrentListing.Sort.values()) {
      s.append("<option value=\"")
          .append(sort.param)
          .append('"')
          .append(sort == l.sort() ? " selected" : "")
          .append('>')
          .append(sort.label)
          .append("</option>");
    }
    s.append("</select></label> <button type=\"submit\">Show</button></form>\n");
    s.append("<p id=\"cluster-count\">")
        .append(l.total())
        .append(l.total() == 1 ? " torrent" : " torrents")
        .append(l.search().isEmpty() ? "" : " matching")
        .append(" seen within the retention window; page ")
        .append(l.page() + 1)
        .append(" of ")
        .append(l.pages())
        .append(".</p>\n");
    s.append("<table id=\"cluster-list\"><thead><tr><th>Name</th><th>Info hash</th>")
        .append(
            "<th class=\"num\">Current peers</th><th class=\"num\">Distinct peers today (UTC)</th>")
        .append("<th class=\"num\">Completions</th><th class=\"num\">Announces</th>")
        .append("<th>Last seen</th></tr></thead><tbody>\n");
    for (ClusterTorrent t : l.rows()) {
      String name = page.names().get(t.infoHash());
      s.append("<tr><td class=\"name\">")
          .append(name == null ? "<i>unknown</i>" : escape(name))
          .append("</td><td><a class=\"hash\" href=\"/admin/torrent?info_hash=")
          .append(escape(t.infoHash()))
          .append("\"><code>")
          .append(escape(t.infoHash()))
          .append("</code></a></td><td class=\"num\">")
          .append(t.currentPeers())
          .append("</td><td class=\"num\">")
          .append(t.peersToday())
          .append("</td><td class=\"num\">")
          .append(t.completions())
          .append("</td><td class=\"num\">")
          .append(t.announces())
          .append("</td><td>")
          .append(escape(t.lastSeen().toString()))
          .append("</td></tr>\n");
    }
    s.append("</tbody></table>\n<p class=\"paging\">");
    if (l.page() > 0) {
      link(s, l, l.page(), "prev-page", "&larr; previous");
    }
    if (l.page() + 1 < l.pages()) {
      s.append(l.page() > 0 ? " · " : "");
      link(s, l, l.page() + 2, "next-page", "next &rarr;");
    }
    s.append("</p><form method=\"post\" action=\"/admin/actions\">")
        .append(PageFrame.hiddenToken(csrf))
        .append("<input type=\"hidden\" name=\"action\" value=\"rebuild-rollups\">")
        .append("<button type=\"submit\" id=\"rebuild-rollups\" title=\"Recount the daily and")
        .append(" per-minute figures from the announce log\">Rebuild rollups</button></form>")
        .append("</section>\n");
  }

  /** A link to page {@code number} (from 1) of the same sort and search. */
  private static void link(StringBuilder s, TorrentListing l, int number, String id, String text) {
    String href =
        "/admin?page="
            + number
            + "&sort="
            + l.sort().param
            + (l.search().isEmpty()
                ? ""
                : "&q=" + URLEncoder.encode(l.search(), StandardCharsets.UTF_8))
            + "#cluster-torrents";
    s.append("<a id=\"")
        .append(id)
        .append('"')
        .append(PageFrame.attr("href", href))
        .append('>')
        .append(text)
        .append("</a>");
  }
}
