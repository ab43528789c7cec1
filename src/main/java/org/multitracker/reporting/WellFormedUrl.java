package org.multitracker.reporting;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A URL with a broken percent escape (/api/%ZZ, ?ip=%) is a 400 that says so, before the
 * framework's own URI parsing fails on it with a less helpful answer or an exception.
 */
@Provider
@PreMatching
@Priority(100)
public class WellFormedUrl implements ContainerRequestFilter {
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!wellFormed(servletRequest.getRequestURI())
        || !wellFormed(servletRequest.getQueryString())) {
      request.abortWith(ApiJson.error(400, "bad percent escape in the URL"));
    }
  }

  /** Every '%' starts two hex digits; null (no query) is fine. */
  static boolean wellFormed(String raw) {
    if (raw == null) {
      return true;
    }
    for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
      if (i + 2 >= raw.length() || !hex(raw.charAt(i + 1)) || !hex(raw.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
