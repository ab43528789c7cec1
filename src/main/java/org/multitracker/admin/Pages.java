package org.multitracker.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

final class Pages {
  private Pages() {}

  static void send(HttpServletResponse resp, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    resp.setContentType("text/html; charset=utf-8");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
