package org.multitracker.announce;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.wire.RequestBuffers;
import org.multitracker.wire.TrackerHttp;
import org.multitracker.wire.TrackerReplies;
import org.multitracker.wire.TrackerServlet;
import org.multitracker.wire.TrackerTraffic;

/**
 * bttrack's announce URLs. Asynchronous only for a lonely client of a cluster torrent, whose answer
 * waits (at most 2 s, holding no thread) for the other trackers' peers: {@link LonelyWait}
 * dispatches the request back here to be answered.
 */
@WebServlet(
    urlPatterns = {"/announce", "/announce.php", "/tracker.php/announce"},
    asyncSupported = true)
public class AnnounceServlet extends HttpServlet implements TrackerServlet {
  private static final long serialVersionUID = 1L;

  @Inject AnnounceEntrance entrance;
  @Inject ClientAnnounces clients;
  @Inject AccessLog accessLog;
  @Inject TrackerTraffic traffic;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    RequestBuffers buf = RequestBuffers.acquire();
    int status;
    if (req.getDispatcherType() == DispatcherType.ASYNC
        && req.getAttribute(LonelyWait.ATTRIBUTE) instanceof LonelyAnnounce lonely) {
      status = clients.answerLonely(lonely, buf);
    } else {
      status = announce(req, buf);
      if (status == RequestBuffers.AWAITING) {
        LonelyAnnounce lonely = (LonelyAnnounce) buf.awaiting;
        if (LonelyWait.start(req, lonely)) {
          return;
        }
        buf = RequestBuffers.acquire();
        status = clients.answerLonely(lonely, buf);
      }
    }
    traffic.announces().count(status, buf.writer);
    int sent = TrackerHttp.send(req, resp, status, buf);
    accessLog.log(req, status, sent);
  }

  private int announce(HttpServletRequest req, RequestBuffers buf) {
    String query = req.getQueryString();
    byte[] ip = TrackerHttp.remoteIp(req);
    if (query != null && query.length() > TrackerHttp.MAX_QUERY_LENGTH) {
      return TrackerReplies.garbage(buf.writer, "query too long");
    } else if (ip == null) {
      return TrackerReplies.garbage(buf.writer, "unknown client address");
    }
    return entrance.announce(
        query,
        ip,
        req.getHeader("X-Forwarded-For"),
        req.getHeader("User-Agent"),
        req.getLocalPort(),
        buf);
  }
}
