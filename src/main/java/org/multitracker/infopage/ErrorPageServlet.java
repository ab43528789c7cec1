package org.multitracker.infopage;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of web.xml: every path the tracker does not serve gets bttrack's plain 404, and
 * any other error a short plain message, never the container's page or a stack trace.
 */
@WebServlet(urlPatterns = "/error-page")
public class ErrorPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    if (status == 404) {
      NotFound.send(resp);
      return;
    }
    byte[] body = message(status).getBytes(StandardCharsets.US_ASCII);
    resp.setStatus(status);
    resp.setContentType("text/plain");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  /** Says what happened: a method nobody here serves is not an internal error. */
  private static String message(int status) {
    return switch (status) {
      case 405 -> "method not allowed here\n";
      case 501 ->
          "method not implemented: this tracker answers GET and HEAD (and POST for forms)\n";
      case 413 -> "request too large\n";
      case 429 -> "too many failed logins from your address: wait for Retry-After seconds\n";
      case 503 -> "busy: try again after Retry-After seconds\n";
      default -> status >= 500 ? "internal error\n" : "request not supported\n";
    };
  }
}
