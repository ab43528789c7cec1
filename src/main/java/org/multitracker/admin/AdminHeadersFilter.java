package org.multitracker.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.multitracker.infopage.SecurityHeaders;

/**
 * Headers for the admin pages and API: scripts only from our own files (an escaped name that
 * slipped through still could not run), no framing, no caching of operator data. Asynchronous like
 * the login form, whose refusals are answered late (LoginTarpit).
 */
@WebFilter(
    urlPatterns = {"/admin", "/admin/*", "/login", "/api/*"},
    asyncSupported = true)
public class AdminHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(resp);
    resp.setHeader("Cache-Control", "no-store");
    chain.doFilter(req, resp);
  }
}
