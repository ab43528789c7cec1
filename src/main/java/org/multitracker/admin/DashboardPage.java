package org.multitracker.admin;

import static org.multitracker.infopage.Html.escape;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.multitracker.infopage.ByteSizes;
import org.multitracker.swarm.SwarmUsage;

/** Renders /admin: torrents, T2T trackers, blocked allowed_dir files, queues, a chart. */
final class DashboardPage {
  private DashboardPage() {}

  static String render(ClusterView.Snapshot v, String user, String csrf, String notice) {
    return render(v, user, csrf, notice, null, null);
  }

  /**
   * @param cluster the aggregator's torrent list from the database, or null (then dbError says why,
   *     or both are null on a member, which has no database)
   */
  static String render(
      ClusterView.Snapshot v,
      String user,
      String csrf,
      String notice,
      DatabaseTorrents.Page cluster,
      String dbError) {
    ClusterView.Queues q = v.queues();
    StringBuilder s =
        PageFrame.open(
            "Cluster", "data-page=\"dashboard\" data-aggregator=\"" + q.aggregator() + "\"");
    PageFrame.header(s, "Multitracker admin", user, csrf);
    s.append("<main>\n");
    if (notice != null) {
      s.append("<p class=\"notice\">").append(escape(notice)).append("</p>\n");
    }
    announcesChart(s, q);
    if (cluster != null || dbError != null) {
      ClusterTorrentsSection.render(s, cluster, dbError, csrf);
    }
    torrents(s, v);
    trackers(s, v);
    blocked(s, v.blocked(), csrf);
    queues(s, q);
    limits(s, v.limits());
    return PageFrame.close(s.append("</main>\n"));
  }

  private static void announcesChart(StringBuilder s, ClusterView.Queues q) {
    s.append("<section><h2>Announces per minute, last hour</h2>");
    if (q.aggregator()) {
      s.append("<div id=\"announces-chart\" class=\"chart\"></div>");
    } else {
      s.append("<p>Charts and log queries read the aggregator's database: open this page on the")
          .append(" aggregator")
          .append(q.forwardTo().isEmpty() ? "" : " (" + escape(q.forwardTo()) + ")")
          .append(".</p>");
    }
    s.append("</section>\n");
  }

  private static void torrents(StringBuilder s, ClusterView.Snapshot v) {
    s.append("<section><h2>Torrents</h2><p>").append(v.torrentCount()).append(" tracked");
    if (v.torrents().size() < v.torrentCount()) {
      s.append(", the ").append(v.torrents().size()).append(" with most peers shown");
    }
    s.append(".</p>\n<table id=\"torrents\"><thead><tr><th>Name</th><th>Info hash</th>")
        .append(
            "<th class=\"num\">Size</th><th class=\"num\">Seeds</th><th"
                + " class=\"num\">Leechers</th>")
        .append("<th class=\"num\">Completed</th><th>Peers from other trackers</th>")
        .append(
            "<th class=\"num\" title=\"Distinct peer ids seen by the aggregator in the last"
                + " hour\">")
        .append("Cluster peers</th></tr></thead><tbody>\n");
    for (ClusterView.TorrentRow r : v.torrents()) {
      s.append("<tr><td class=\"name\">")
          .append(r.name() == null ? "<i>unknown</i>" : escape(r.name()))
          .append("</td><td><a class=\"hash\" href=\"/admin/torrent?info_hash=")
          .append(escape(r.hex()))
          .append("\"><code>")
          .append(escape(r.hex()))
          .append("</code></a></td>")
          .append("<td class=\"num\">")
          .append(r.size() < 0 ? "" : ByteSizes.text(r.size()))
          .append("</td>")
          .append("<td class=\"num\">")
          .append(r.seeds())
          .append("</td>")
          .append("<td class=\"num\">")
          .append(r.leechers())
          .append("</td>")
          .append("<td class=\"num\">")
          .append(r.completed())
          .append("</td><td>");
      harvested(s, r.harvested());
      s.append("</td><td class=\"num cluster-peers\"")
          .append(PageFrame.attr("data-info-hash", r.hex()))
          .append(">-</td></tr>\n");
    }
    s.append("</tbody></table></section>\n");
  }

  static void harvested(StringBuilder s, Map<String, Integer> byTracker) {
    if (byTracker.isEmpty()) {
      s.append("none");
      return;
    }
    s.append("<ul class=\"harvested\">");
    byTracker.forEach(
        (tracker, n) ->
            s.append("<li>").append(escape(tracker)).append(": ").append(n).append("</li>"));
    s.append("</ul>");
  }

  private static void trackers(StringBuilder s, ClusterView.Snapshot v) {
    s.append("<section><h2>Other trackers (T2T)</h2>\n");
    if (v.trackers().isEmpty()) {
      s.append(
          "<p>No torrent names another tracker (or multitracker_enabled is off).</p></section>\n");
      return;
    }
    T2TTable.render(s, v.trackers());
    s.append("</section>\n");
  }

  private static void blocked(StringBuilder s, Map<Path, String> blocked, String csrf) {
    s.append("<section><h2>Blocked allowed_dir files</h2>\n");
    if (blocked.isEmpty()) {
      s.append("<p>None.</p>");
    } else {
      s.append("<table id=\"blocked\"><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>\n");
      blocked.forEach(
          (file, why) ->
              s.append("<tr><td><code>")
                  .append(escape(file.toString()))
                  .append("</code></td><td>")
                  .append(escape(why))
                  .append("</td></tr>\n"));
      s.append("</tbody></table>");
    }
    s.append("<form method=\"post\" action=\"/admin/actions\">")
        .append(PageFrame.hiddenToken(csrf))
        .append("<input type=\"hidden\" name=\"action\" value=\"rescan\">")
        .append("<button type=\"submit\" id=\"rescan\">Re-read allowed_dir now</button></form>")
        .append("</section>\n");
  }

  /** The swarm store's bounds (max_torrents, max_peers, max_peers_per_torrent) and their use. */
  private static void limits(StringBuilder s, SwarmUsage u) {
    s.append("<section><h2>Limits</h2><table id=\"limits\"><tbody>\n")
        .append("<tr><th>Torrents</th><td>")
        .append(u.torrents())
        .append(" of ")
        .append(u.maxTorrents())
        .append("</td><td>new refused ")
        .append(u.refusedTorrents())
        .append("</td><td>idle one-peer evicted ")
        .append(u.evictedTorrents())
        .append("</td></tr>\n")
        .append("<tr><th>Peers</th><td>")
        .append(u.peers())
        .append(" of ")
        .append(u.maxPeers())
        .append("</td><td>at most ")
        .append(u.maxPeersPerTorrent())
        .append(" a torrent")
        .append("</td><td>answered, not stored ")
        .append(u.unstoredPeers())
        .append("</td></tr>\n")
        .append("</tbody></table></section>\n");
  }

  private static void queues(StringBuilder s, ClusterView.Queues q) {
    s.append("<section><h2>Queues</h2><table id=\"queues\"><tbody>\n");
    if (q.forwardTo().isEmpty()) {
      s.append(
          "<tr><th>Forwarding</th><td colspan=\"3\">off (aggregate_forward not set)</td></tr>\n");
    } else {
      s.append("<tr><th>Forwarding to ")
          .append(escape(q.forwardTo()))
          .append("</th><td>waiting ")
          .append(q.forwardWaiting())
          .append("</td><td>sent ")
          .append(q.forwardSent())
          .append("</td><td>dropped ")
          .append(q.forwardDropped())
          .append("</td></tr>\n");
    }
    if (q.aggregator()) {
      s.append("<tr><th>Database buffer</th><td>waiting ")
          .append(q.bufferWaiting())
          .append("</td><td>written ")
          .append(q.bufferWritten())
          .append(" of ")
          .append(q.bufferAccepted())
          .append("</td><td>dropped ")
          .append(q.bufferDropped())
          .append("</td></tr>\n");
    } else {
      s.append("<tr><th>Database buffer</th><td colspan=\"3\">not an aggregator</td></tr>\n");
    }
    s.append("</tbody></table><p class=\"small\">As of ")
        .append(escape(Instant.now().toString()))
        .append(".</p></section>\n");
  }
}
