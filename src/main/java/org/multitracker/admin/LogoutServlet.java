package org.multitracker.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the operator's session (a POST with the CSRF token, so no page can log anyone out). */
@WebServlet(urlPatterns = "/admin/logout")
public class LogoutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    if (!CsrfToken.isValid(req)) {
      Pages.csrfRefused(resp);
      return;
    }
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    req.logout();
    resp.setStatus(303);
    resp.setHeader("Location", AdminPaths.LOGIN);
  }
}
