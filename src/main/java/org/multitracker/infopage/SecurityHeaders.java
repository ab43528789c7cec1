package org.multitracker.infopage;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every HTML page of the tracker sends, the public info page as the admin pages:
 * scripts only from our own files (an escaped name that slipped through still could not run), no
 * framing (clickjacking), no content sniffing, no referrer to other sites.
 */
public final class SecurityHeaders {
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  public static void apply(HttpServletResponse resp) {
    resp.setHeader("Content-Security-Policy", CSP);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("Referrer-Policy", "no-referrer");
  }
}
