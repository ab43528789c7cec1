package org.multitracker.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The answer to a login refused unchecked: 429 while its address backs off, 503 while busy. */
final class LoginRefusal {
  private LoginRefusal() {}

  /**
   * Writes the refusal, with the wait that is left after {@code heldMillis} spent in the tarpit
   * (Retry-After: whole seconds, at least 1).
   */
  static void send(HttpServletResponse resp, LoginGate.Admission refusal, long heldMillis)
      throws IOException {
    long retryAfter = Math.max(1, (refusal.waitMillis() - heldMillis + 999) / 1000);
    boolean backoff = refusal.refusal() == LoginGate.Outcome.BACKOFF;
    resp.setHeader("Retry-After", Long.toString(retryAfter));
    Pages.text(
        resp,
        backoff ? 429 : 503,
        backoff
            ? "Too many failed logins from your address: try again in " + retryAfter + " s.\n"
            : "Another login is being checked: try again in a second.\n");
  }
}
