package org.multitracker.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** GET /admin: the cluster at a glance. */
@WebServlet(urlPatterns = "/admin")
public class DashboardServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  /** Notices after an action, by key: never text from the request. */
  private static final Map<String, String> NOTICES =
      Map.of("rescan", "allowed_dir and the IP lists were re-read.");

  @Inject ClusterView view;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String csrf = CsrfToken.of(req.getSession(true));
    String notice = NOTICES.get(String.valueOf(req.getParameter("done")));
    Pages.send(resp, DashboardPage.render(view.snapshot(), req.getRemoteUser(), csrf, notice));
  }
}
