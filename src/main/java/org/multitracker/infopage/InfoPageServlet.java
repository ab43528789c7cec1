package org.multitracker.infopage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.config.TrackerConfig;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.scrape.TrackedTorrent;
import org.multitracker.scrape.TrackedTorrents;

/** The info page at / and /index.html (show_infopage, infopage_redirect). */
@WebServlet(urlPatterns = {"", "/index.html"})
public class InfoPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String VERSION = readVersion();

  @Inject TrackerConfig config;
  @Inject TrackedTorrents tracked;
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
    boolean names = config.showNames() && !config.allowedDir().isEmpty();
    List<InfoPage.Row> rows = new ArrayList<>();
    for (TrackedTorrent t : tracked.all()) {
      SwarmStats s = t.stats();
      long size = t.file().map(f -> f.meta().totalLength()).orElse(-1L);
      rows.add(
          new InfoPage.Row(
              t.infoHash().hex(), t.name(names), size, s.complete(), s.incomplete(),
              s.downloaded(), config.allowGet() && t.file().isPresent()));
    }
    byte[] body =
        InfoPage.render(VERSION, ZonedDateTime.now(), rows, names)
            .getBytes(StandardCharsets.UTF_8);
    resp.setContentType("text/html; charset=utf-8");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
    accessLog.log(req, 200, body.length);
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = InfoPageServlet.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the page shows "unknown" then
    }
    return p.getProperty("version", "unknown");
  }
}
