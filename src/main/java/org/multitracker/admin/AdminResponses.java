package org.multitracker.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Plain-text refusals of the admin pages. */
final class AdminResponses {
  private AdminResponses() {}

  static void csrfRefused(HttpServletResponse resp) throws IOException {
    text(resp, 403, "The form's security token is missing or out of date: reload the admin page"
        + " and try again.\n");
  }

  static void text(HttpServletResponse resp, int status, String message) throws IOException {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
