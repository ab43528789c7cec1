package org.multitracker.admin;

import static org.multitracker.infopage.Html.escape;

import java.time.Instant;
import java.util.List;
import org.multitracker.t2t.T2TState;

/** The T2T pairs as a table: one row per (tracker, torrent). */
final class T2TTable {
  private T2TTable() {}

  static void render(StringBuilder s, List<T2TState> states) {
    s.append("<table class=\"t2t\"><thead><tr><th>Tracker</th><th>Torrent</th><th>State</th>")
        .append("<th>Last poll</th><th>Outcome</th><th class=\"num\">Interval (s)</th>")
        .append("<th class=\"num\">Errors in a row</th><th class=\"num\">Rejections</th>")
        .append(
            "<th class=\"num\">Peers</th><th class=\"num\">Polls</th><th class=\"num\">Bytes</th>")
        .append("</tr></thead><tbody>\n");
    for (T2TState t : states) {
      s.append("<tr><td>")
          .append(escape(t.tracker()))
          .append("</td><td><a href=\"/admin/torrent?info_hash=")
          .append(escape(t.infoHash()))
          .append("\"><code>")
          .append(escape(t.infoHash()))
          .append("</code></a></td><td>")
          .append(t.active() ? "polling" : "stopped: " + escape(t.stopReason()))
          .append("</td><td>")
          .append(
              t.lastPoll() == 0 ? "never" : escape(Instant.ofEpochMilli(t.lastPoll()).toString()))
          .append("</td><td>")
          .append(escape(t.lastOutcome()))
          .append("</td><td class=\"num\">")
          .append(t.interval())
          .append("</td><td class=\"num\">")
          .append(t.errorsInARow())
          .append("</td><td class=\"num\">")
          .append(t.rejections())
          .append("</td><td class=\"num\">")
          .append(t.peersHarvested())
          .append("</td><td class=\"num\">")
          .append(t.polls())
          .append("</td><td class=\"num\">")
          .append(t.bytesReceived())
          .append("</td></tr>\n");
    }
    s.append("</tbody></table>\n");
  }
}
