package org.multitracker.admin;

import static org.multitracker.infopage.Html.escape;

/** The HTML around every admin page: our stylesheet and scripts, no inline code (see the CSP). */
final class PageFrame {
  static final String UPLOT = "/webjars/uplot/1.6.30/dist/";

  private PageFrame() {}

  static StringBuilder open(String title, String bodyData) {
    StringBuilder s = new StringBuilder(16_384);
    s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append(" - Multitracker admin</title>")
        .append("<link rel=\"stylesheet\" href=\"")
        .append(UPLOT)
        .append("uPlot.min.css\">")
        .append("<link rel=\"stylesheet\" href=\"/assets/admin.css\">")
        .append("<script src=\"")
        .append(UPLOT)
        .append("uPlot.iife.min.js\" defer></script>")
        .append("<script src=\"/assets/admin.js\" defer></script>")
        .append("</head>\n<body ")
        .append(bodyData)
        .append(">\n");
    return s;
  }

  static String close(StringBuilder s) {
    return s.append("</body></html>\n").toString();
  }

  /** The header bar: title, who is logged in, and the logout form (a POST with the token). */
  static void header(StringBuilder s, String title, String user, String csrf) {
    s.append("<header><h1>")
        .append(escape(title))
        .append("</h1><nav>")
        .append("<a href=\"/admin\">Torrents and trackers</a> ")
        .append("<form method=\"post\" action=\"/admin/logout\" class=\"inline\">")
        .append(hiddenToken(csrf))
        .append("<span class=\"user\">")
        .append(escape(user))
        .append("</span> ")
        .append("<button type=\"submit\">Log out</button></form></nav></header>\n");
  }

  static String hiddenToken(String csrf) {
    return "<input type=\"hidden\" name=\""
        + CsrfToken.PARAM
        + "\" value=\""
        + escape(csrf)
        + "\">";
  }

  static String attr(String name, String value) {
    return " " + name + "=\"" + escape(value) + "\"";
  }
}
