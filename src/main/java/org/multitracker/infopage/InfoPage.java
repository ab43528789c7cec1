package org.multitracker.infopage;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders the info page as bttrack's: one row a torrent, then totals. Unlike bttrack it lists at
 * most {@link #MAX_ROWS} torrents, the busiest, so the page stays small whatever is tracked; the
 * totals line still counts every torrent.
 */
final class InfoPage {
  /** At most this many torrents are listed (as on the admin page). */
  static final int MAX_ROWS = 1000;

  private InfoPage() {}

  /** A torrent as the page shows it; name and size are known only from allowed_dir. */
  record Row(
      String hex,
      String name,
      long size,
      int seeds,
      int leechers,
      long completed,
      boolean downloadable) {
    long transferred() {
      return size < 0 ? -1 : size * completed;
    }
  }

  static String render(String version, ZonedDateTime now, InfoPageTable table, boolean showNames) {
    List<Row> rows = table.shown();
    InfoPageTable.Totals totals = table.totals();
    StringBuilder s = new StringBuilder(4096 + rows.size() * 200);
    s.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("<title>Multitracker info</title></head>\n<body>\n")
        .append("<h3>Multitracker ")
        .append(Html.escape(version))
        .append("</h3>\n<p>")
        .append(Html.escape(now.format(DateTimeFormatter.RFC_1123_DATE_TIME)))
        .append("</p>\n");
    if (totals.files() == 0) {
      return s.append("<p>not tracking any files yet...</p>\n</body></html>\n").toString();
    }
    if (rows.size() < totals.files()) {
      s.append("<p>")
          .append(totals.files())
          .append(" files tracked; the ")
          .append(rows.size())
          .append(" with most peers are listed.</p>\n");
    }
    header(s, showNames);
    for (Row r : rows) {
      row(s, r, showNames);
    }
    totalsRow(s, totals, showNames);
    s.append("</table>\n").append(LEGEND);
    return s.toString();
  }

  private static final String LEGEND =
      "<ul>\n<li><em>info hash:</em> SHA1 hash of the \"info\" section of the"
          + " metainfo (*.torrent)</li>\n"
          + "<li><em>complete:</em> number of connected clients with the complete file</li>\n"
          + "<li><em>downloading:</em> number of connected clients still downloading</li>\n"
          + "<li><em>downloaded:</em> reported complete downloads</li>\n"
          + "<li><em>transferred:</em> torrent size * total downloaded"
          + " (does not include partial transfers)</li>\n</ul>\n</body></html>\n";

  private static void header(StringBuilder s, boolean showNames) {
    s.append("<table summary=\"files\" border=\"1\">\n<tr><th>info hash</th>");
    if (showNames) {
      s.append("<th>torrent name</th><th align=\"right\">size</th>");
    }
    s.append("<th align=\"right\">complete</th><th align=\"right\">downloading</th>")
        .append("<th align=\"right\">downloaded</th>");
    if (showNames) {
      s.append("<th align=\"right\">transferred</th>");
    }
    s.append("</tr>\n");
  }

  private static void row(StringBuilder s, Row r, boolean showNames) {
    s.append("<tr><td><code>");
    if (r.downloadable()) {
      s.append("<a href=\"file?info_hash=")
          .append(Html.escape(percentEncoded(r.hex())))
          .append("\">")
          .append(Html.escape(r.hex()))
          .append("</a>");
    } else {
      s.append(Html.escape(r.hex()));
    }
    s.append("</code></td>");
    if (showNames) {
      s.append("<td>").append(Html.escape(r.name())).append("</td>");
      s.append("<td align=\"right\">").append(ByteSizes.text(r.size())).append("</td>");
    }
    cell(s, r.seeds());
    cell(s, r.leechers());
    cell(s, r.completed());
    if (showNames) {
      s.append("<td align=\"right\">").append(ByteSizes.text(r.transferred())).append("</td>");
    }
    s.append("</tr>\n");
  }

  private static void totalsRow(StringBuilder s, InfoPageTable.Totals totals, boolean showNames) {
    s.append("<tr><td>").append(totals.files()).append(" files</td>");
    if (showNames) {
      s.append("<td></td><td align=\"right\">")
          .append(ByteSizes.text(totals.size()))
          .append("</td>");
    }
    cell(s, totals.seeds());
    cell(s, totals.leechers());
    cell(s, totals.completed());
    if (showNames) {
      s.append("<td align=\"right\">").append(ByteSizes.text(totals.transferred())).append("</td>");
    }
    s.append("</tr>\n");
  }

  /** The 20 raw bytes of a hex info hash, percent-encoded for a URL. */
  static String percentEncoded(String hex) {
    StringBuilder b = new StringBuilder(60);
    for (int i = 0; i < hex.length(); i += 2) {
      b.append('%').append(hex, i, i + 2);
    }
    return b.toString();
  }

  private static void cell(StringBuilder s, long value) {
    s.append("<td align=\"right\">").append(value).append("</td>");
  }
}
