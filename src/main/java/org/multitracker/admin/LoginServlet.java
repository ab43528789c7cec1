package org.multitracker.admin;

import static org.multitracker.infopage.Html.escape;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form. The POST is checked by {@link AdminAuthentication} before it gets here: this
 * servlet only sends a logged-in operator on, shows the form again, or hands a login refused
 * unchecked to the {@link LoginTarpit} (asynchronous, hence asyncSupported here and on the filters
 * of /login).
 */
@WebServlet(urlPatterns = "/login", asyncSupported = true)
public class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AdminAccount account;
  @Inject LoginTarpit tarpit;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    send(resp, 200, req.getParameter("next"), null);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getAttribute(LoginTarpit.REFUSAL) instanceof LoginGate.Admission refusal) {
      tarpit.refuse(req, resp, refusal);
      return;
    }
    String next = AdminPaths.safeNext(req.getParameter("next"));
    if (req.isUserInRole(AdminAccount.ROLE)) {
      resp.setStatus(303);
      resp.setHeader("Location", next);
      return;
    }
    send(resp, 401, next, "Wrong user name or password.");
  }

  private void send(HttpServletResponse resp, int status, String next, String error)
      throws IOException {
    StringBuilder s = PageFrame.open("Log in", "class=\"login\"");
    s.append("<main><h1>Multitracker admin</h1>\n");
    if (!account.enabled()) {
      s.append("<p class=\"error\">The admin page is off: set the options admin_user and")
          .append(" admin_password_hash (see the README) and redeploy.</p>");
    } else {
      if (error != null) {
        s.append("<p class=\"error\" id=\"login-error\">").append(escape(error)).append("</p>");
      }
      s.append("<form method=\"post\" action=\"/login\" id=\"login\">")
          .append("<input type=\"hidden\" name=\"next\"")
          .append(PageFrame.attr("value", AdminPaths.safeNext(next)))
          .append(">")
          .append("<label>User <input name=\"username\" id=\"username\" autocomplete=\"username\"")
          .append(" required maxlength=\"256\"></label>")
          .append("<label>Password <input name=\"password\" id=\"password\" type=\"password\"")
          .append(" autocomplete=\"current-password\" required maxlength=\"1024\"></label>")
          .append("<button type=\"submit\" id=\"login-button\">Log in</button></form>");
    }
    s.append("</main>\n");
    Pages.send(resp, status, PageFrame.close(s));
  }
}
