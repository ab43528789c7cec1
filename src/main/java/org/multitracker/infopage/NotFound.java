package org.multitracker.infopage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** bttrack's plain-text 404. */
final class NotFound {
  static final byte[] BODY =
      "your file may exist elsewhere in the universe\nbut alas, not here\n"
          .getBytes(StandardCharsets.US_ASCII);

  private NotFound() {}

  static void send(HttpServletResponse resp) throws IOException {
    resp.setStatus(404);
    resp.setContentType("text/plain");
    resp.setHeader("Pragma", "no-cache");
    resp.setContentLength(BODY.length);
    resp.getOutputStream().write(BODY);
  }
}
