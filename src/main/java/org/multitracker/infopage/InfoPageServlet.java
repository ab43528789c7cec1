package org.multitracker.infopage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.config.TrackerConfig;
import org.multitracker.pagecache.CachedPage;
import org.multitracker.pagecache.SendBound;

/** The info page at / and /index.html (show_infopage, infopage_redirect), from its cache. */
@WebServlet(urlPatterns = {"", "/index.html"})
public class InfoPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final byte[] BEING_BUILT =
      ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\""
              + " content=\"10\"><title>Multitracker info</title></head>\n<body><p>The page is"
              + " being prepared; it reloads in a few seconds.</p></body></html>\n")
          .getBytes(StandardCharsets.UTF_8);
  static final byte[] BUSY =
      ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\""
              + " content=\""
              + SendBound.RETRY_AFTER_SECONDS
              + "\"><title>Multitracker info</title>"
              + "</head>\n<body><p>Many are reading this page right now; it reloads in a few"
              + " seconds.</p></body></html>\n")
          .getBytes(StandardCharsets.UTF_8);

  @Inject TrackerConfig config;
  @Inject InfoPageCache cache;
  @Inject AccessLog accessLog;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!config.infopageRedirect().isEmpty()) {
      resp.sendRedirect(config.infopageRedirect());
      accessLog.log(req, 302, 0);
      return;
    }
    if (!config.showInfopage()) {
      NotFound.send(resp);
      accessLog.log(req, 404, 0);
      return;
    }
    SecurityHeaders.apply(resp);
    resp.setContentType("text/html; charset=utf-8");
    CachedPage page = cache.current();
    if (page == null) {
      // Only before the first copy exists, while a slow first build runs.
      unavailable(req, resp, 10, BEING_BUILT);
      return;
    }
    int sent = cache.sends().send(page, req, resp);
    if (sent == SendBound.REFUSED) {
      unavailable(req, resp, SendBound.RETRY_AFTER_SECONDS, BUSY);
      return;
    }
    accessLog.log(req, 200, sent);
  }

  private void unavailable(
      HttpServletRequest req, HttpServletResponse resp, int retryAfterSeconds, byte[] body)
      throws IOException {
    resp.setStatus(503);
    resp.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
    accessLog.log(req, 503, body.length);
  }
}
