package org.multitracker.garbage;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import org.multitracker.admin.AdminPaths;

/**
 * Runs before the servlet container's listeners, which look for a session (and so parse every
 * cookie) on each request. Only the admin paths have a session: elsewhere, announces and scrapes
 * included, cookies are dropped unread. On the admin paths more cookies than the listener allows
 * (max-cookies, 200 by default) get a 400 here instead of a 500 with a stack trace there.
 */
final class CookieGate implements HttpHandler {
  private final HttpHandler next;
  private final Refusals refusals;

  CookieGate(HttpHandler next, Refusals refusals) {
    this.next = next;
    this.refusals = refusals;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HeaderMap headers = exchange.getRequestHeaders();
    if (headers.contains(Headers.COOKIE)) {
      if (!AdminPaths.isAdmin(exchange.getRelativePath())) {
        headers.remove(Headers.COOKIE);
      } else if (!parses(exchange)) {
        refusals.refuse(exchange, Refusal.TOO_MANY_COOKIES);
        return;
      }
    }
    next.handleRequest(exchange);
  }

  /** Parses them once, as the container would; the exchange keeps the result for later. */
  private static boolean parses(HttpServerExchange exchange) {
    try {
      exchange.requestCookies();
      return true;
    } catch (IllegalStateException tooMany) {
      return false;
    }
  }
}
