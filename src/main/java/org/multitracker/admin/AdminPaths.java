package org.multitracker.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths behind the login, and the safe "come back here" parameter of the login form. */
public final class AdminPaths {
  static final String ADMIN = "/admin";
  static final String API = "/api/";
  static final String LOGIN = "/login";

  private AdminPaths() {}

  /** The request's path inside the application, undecoded. */
  static String of(HttpServletRequest req) {
    String uri = req.getRequestURI();
    String context = req.getContextPath();
    return uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  /** The paths behind the login: the only ones that read cookies (the session). */
  public static boolean isAdmin(String path) {
    return path.equals(ADMIN)
        || path.startsWith(ADMIN + "/")
        || path.startsWith(API)
        || path.equals("/api")
        || path.equals(LOGIN);
  }

  static String nextParam(String path) {
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  /** Only a path of the admin page may follow a login: never another site (open redirect). */
  static String safeNext(String next) {
    if (next == null
        || !(next.equals(ADMIN) || next.startsWith(ADMIN + "/"))
        || next.contains("//")
        || next.contains("\\")
        || next.contains("..")
        || next.length() > 512
        || next.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      return ADMIN;
    }
    return next;
  }
}
