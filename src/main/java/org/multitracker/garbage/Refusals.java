package org.multitracker.garbage;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.logging.Logger;

/** Answers a hostile request with its 4xx and logs the cause once a minute, never a trace. */
final class Refusals {
  private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

  private final OncePerMinute logGate;

  Refusals(OncePerMinute logGate) {
    this.logGate = logGate;
  }

  /** Answers from Undertow's own exchange (no servlet involved yet), closing the connection. */
  void refuse(HttpServerExchange exchange, Refusal refusal) {
    log(refusal, exchange.getSourceAddress());
    exchange.setStatusCode(refusal.status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
    exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
    exchange.setPersistent(false);
    exchange.setResponseContentLength(refusal.body.length);
    exchange.getResponseSender().send(ByteBuffer.wrap(refusal.body));
  }

  void log(Refusal refusal, InetSocketAddress from) {
    if (logGate.shouldLog(refusal)) {
      LOG.warning(
          () ->
              "Refused a request with "
                  + refusal.reason
                  + " (HTTP "
                  + refusal.status
                  + ", from "
                  + (from == null ? "?" : from.getAddress().getHostAddress())
                  + "); more of these are answered the same way and logged at most once a minute");
    }
  }
}
