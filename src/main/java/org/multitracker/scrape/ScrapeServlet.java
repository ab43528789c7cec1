package org.multitracker.scrape;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.pagecache.CachedPage;
import org.multitracker.pagecache.SendBound;
import org.multitracker.wire.RequestBuffers;
import org.multitracker.wire.TrackerHttp;
import org.multitracker.wire.TrackerReplies;
import org.multitracker.wire.TrackerServlet;
import org.multitracker.wire.TrackerTraffic;

/** bttrack's scrape URLs. */
@WebServlet(urlPatterns = {"/scrape", "/scrape.php", "/tracker.php/scrape"})
public class ScrapeServlet extends HttpServlet implements TrackerServlet {
  private static final long serialVersionUID = 1L;

  @Inject ScrapeHandler handler;
  @Inject AccessLog accessLog;
  @Inject TrackerTraffic traffic;
  @Inject FullScrape fullScrape;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    RequestBuffers buf = RequestBuffers.acquire();
    String query = req.getQueryString();
    int status =
        query != null && query.length() > ScrapeHandler.MAX_QUERY_LENGTH
            ? TrackerReplies.garbage(buf.writer, "query too long")
            : handler.scrape(query, TrackerHttp.remoteIp(req), buf.writer);
    if (status == ScrapeHandler.FULL_SCRAPE) {
      sendFull(req, resp, buf);
      return;
    }
    traffic.scrapes().count(status, buf.writer);
    int sent = TrackerHttp.send(req, resp, status, buf.writer);
    accessLog.log(req, status, sent);
  }

  /**
   * The full scrape, from its cache. Its refusals are 503 with Retry-After and a bencoded failure
   * reason: clients scrape single torrents, which are never refused; the full scrape is for scripts
   * and crawlers, which can come back.
   */
  private void sendFull(HttpServletRequest req, HttpServletResponse resp, RequestBuffers buf)
      throws IOException {
    CachedPage page = fullScrape.current();
    if (page == null) {
      // Only before the first copy exists, while a slow first build runs.
      unavailable(req, resp, buf, 10, "full scrape is being prepared, try again shortly");
      return;
    }
    resp.setStatus(200);
    resp.setContentType("text/plain");
    resp.setHeader("Pragma", "no-cache");
    int sent = fullScrape.sends().send(page, req, resp);
    if (sent == SendBound.REFUSED) {
      unavailable(
          req,
          resp,
          buf,
          SendBound.RETRY_AFTER_SECONDS,
          "too many full scrapes at once, try again shortly");
      return;
    }
    traffic.scrapes().count(200, buf.writer);
    accessLog.log(req, 200, sent);
  }

  private void unavailable(
      HttpServletRequest req,
      HttpServletResponse resp,
      RequestBuffers buf,
      int retryAfterSeconds,
      String reason)
      throws IOException {
    resp.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
    int status = TrackerReplies.failure(buf.writer, 503, reason);
    traffic.scrapes().count(status, buf.writer);
    accessLog.log(req, status, TrackerHttp.send(req, resp, status, buf.writer));
  }
}
