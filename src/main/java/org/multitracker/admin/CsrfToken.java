package org.multitracker.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token every state-changing admin form carries: a forged cross-site POST has the
 * operator's cookie but not the token. A foreign Origin header is refused as well.
 */
final class CsrfToken {
  static final String PARAM = "csrf";
  private static final String ATTRIBUTE = "multitracker.admin.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** The session's token, made on first use. */
  static String of(HttpSession session) {
    synchronized (session) {
      Object t = session.getAttribute(ATTRIBUTE);
      if (t instanceof String s) {
        return s;
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
      return token;
    }
  }

  /** True when the request carries its session's token and, if it names one, our origin. */
  static boolean isValid(HttpServletRequest req) {
    HttpSession session = req.getSession(false);
    String sent = req.getParameter(PARAM);
    if (session == null || sent == null || !sameOrigin(req)) {
      return false;
    }
    Object expected = session.getAttribute(ATTRIBUTE);
    return expected instanceof String s
        && MessageDigest.isEqual(
            s.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean sameOrigin(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin == null) {
      return true; // older browsers and scripts send none; the token still has to match
    }
    String host = req.getHeader("Host");
    try {
      URI o = new URI(origin);
      String authority = o.getRawAuthority();
      return host != null && authority != null && authority.equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
