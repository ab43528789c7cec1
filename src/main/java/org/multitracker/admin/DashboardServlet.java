package org.multitracker.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.multitracker.config.TrackerConfig;
import org.multitracker.reporting.BadParameterException;
import org.multitracker.reporting.DatabaseUnavailableException;

/** GET /admin: the cluster at a glance. */
@WebServlet(urlPatterns = "/admin")
public class DashboardServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Notices after an action, by key: never text from the request. */
  private static final Map<String, String> NOTICES =
      Map.of(
          "rescan",
          "allowed_dir and the IP lists were re-read.",
          "rebuild",
          "The rollups are being rebuilt from the announce log, one day at a time:"
              + " the server log says when it is done.",
          "rebuild-running",
          "A rollup rebuild is already running.");

  @Inject ClusterView view;
  @Inject DatabaseTorrents databaseTorrents;
  @Inject TrackerConfig config;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String csrf = CsrfToken.of(req.getSession(true));
    String notice = NOTICES.get(String.valueOf(req.getParameter("done")));
    DatabaseTorrents.Page cluster = null;
    String dbError = null;
    if (config.isAggregator()) {
      try {
        cluster =
            databaseTorrents.page(
                req.getParameter("page"),
                req.getParameter("sort"),
                req.getParameter("q"),
                Instant.now());
      } catch (BadParameterException e) {
        Pages.text(resp, 400, e.getMessage() + "\n");
        return;
      } catch (DatabaseUnavailableException e) {
        dbError =
            "The database does not answer now: the list of the cluster's torrents is missing.";
      }
    }
    Pages.send(
        resp,
        DashboardPage.render(view.snapshot(), req.getRemoteUser(), csrf, notice, cluster, dbError));
  }
}
