package org.multitracker.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the admin pages' answers: HTML pages and plain-text refusals, in UTF-8. */
final class Pages {
  private Pages() {}

  static void send(HttpServletResponse resp, String html) throws IOException {
    write(resp, 200, "text/html; charset=utf-8", html);
  }

  static void send(HttpServletResponse resp, int status, String html) throws IOException {
    write(resp, status, "text/html; charset=utf-8", html);
  }

  static void text(HttpServletResponse resp, int status, String message) throws IOException {
    write(resp, status, "text/plain; charset=utf-8", message);
  }

  static void csrfRefused(HttpServletResponse resp) throws IOException {
    text(
        resp,
        403,
        "The form's security token is missing or out of date: reload the admin page"
            + " and try again.\n");
  }

  private static void write(HttpServletResponse resp, int status, String type, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType(type);
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
