package org.multitracker.scrape;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.announce.RequestBuffers;
import org.multitracker.announce.TrackerHttp;
import org.multitracker.announce.TrackerReplies;
import org.multitracker.announce.TrackerTraffic;

/** bttrack's scrape URLs. */
@WebServlet(urlPatterns = {"/scrape", "/scrape.php", "/tracker.php/scrape"})
public class ScrapeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject ScrapeHandler handler;
  @Inject AccessLog accessLog;
  @Inject TrackerTraffic traffic;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    RequestBuffers buf = RequestBuffers.acquire();
    String query = req.getQueryString();
    int status =
        query != null && query.length() > ScrapeHandler.MAX_QUERY_LENGTH
            ? TrackerReplies.garbage(buf.writer, "query too long")
            : handler.scrape(query, TrackerHttp.remoteIp(req), buf.writer);
    traffic.scrapes().count(status, buf.writer);
    int sent = TrackerHttp.send(req, resp, status, buf.writer);
    accessLog.log(req, status, sent);
  }
}
