package org.multitracker.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.multitracker.aggregator.RollupRebuilder;
import org.multitracker.allowed.AllowedDirScanner;
import org.multitracker.config.TrackerConfig;

/** POST /admin/actions: the admin page's buttons, each checked for its CSRF token. */
@WebServlet(urlPatterns = "/admin/actions")
public class ActionServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ActionServlet.class.getName());

  @Inject AllowedDirScanner scanner;
  @Inject RollupRebuilder rebuilder;
  @Inject TrackerConfig config;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!CsrfToken.isValid(req)) {
      Pages.csrfRefused(resp);
      return;
    }
    String action = String.valueOf(req.getParameter("action"));
    if (action.equals("rescan")) {
      LOG.info(() -> "allowed_dir re-read at the request of " + req.getRemoteUser());
      scanner.rescanNow();
      resp.setStatus(303);
      resp.setHeader("Location", "/admin?done=rescan");
      return;
    }
    if (action.equals("rebuild-rollups") && config.isAggregator()) {
      boolean started = rebuilder.start(req.getRemoteUser());
      if (started) {
        rebuilder.run();
      }
      resp.setStatus(303);
      resp.setHeader("Location", "/admin?done=" + (started ? "rebuild" : "rebuild-running"));
      return;
    }
    Pages.text(resp, 400, "Unknown action.\n");
  }
}
