package org.multitracker.announce;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.multitracker.accesslog.AccessLog;

/** bttrack's announce URLs. */
@WebServlet(urlPatterns = {"/announce", "/announce.php", "/tracker.php/announce"})
public class AnnounceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AnnounceHandler handler;
  @Inject AccessLog accessLog;
  @Inject TrackerTraffic traffic;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    RequestBuffers buf = RequestBuffers.acquire();
    String query = req.getQueryString();
    byte[] ip = TrackerHttp.remoteIp(req);
    int status;
    if (query != null && query.length() > TrackerHttp.MAX_QUERY_LENGTH) {
      status = TrackerReplies.garbage(buf.writer, "query too long");
    } else if (ip == null) {
      status = TrackerReplies.garbage(buf.writer, "unknown client address");
    } else {
      status =
          handler.announce(
              query, ip, req.getHeader("X-Forwarded-For"), req.getHeader("User-Agent"),
              req.getLocalPort(), buf);
    }
    traffic.announces().count(status, buf.writer);
    int sent = TrackerHttp.send(req, resp, status, buf);
    accessLog.log(req, status, sent);
  }
}
