package org.multitracker.garbage;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.servlet.api.ExceptionHandler;
import io.undertow.util.ParameterLimitException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's limits (max-parameters, max-post-size) surface as exceptions from getParameter()
 * or a body read, wherever the WAR first asks; Undertow would answer them with a 500 and log a
 * stack trace. This handler answers them with their 4xx instead and passes every other exception on
 * unchanged.
 */
final class LimitRefusals implements ExceptionHandler {
  private final ExceptionHandler others;
  private final Refusals refusals;

  LimitRefusals(ExceptionHandler others, Refusals refusals) {
    this.others = others;
    this.refusals = refusals;
  }

  @Override
  public boolean handleThrowable(
      HttpServerExchange exchange, ServletRequest req, ServletResponse resp, Throwable t) {
    Refusal refusal = classify(t);
    if (refusal == null) {
      return others.handleThrowable(exchange, req, resp, t);
    }
    refusals.log(refusal, exchange.getSourceAddress());
    if (!resp.isCommitted()) {
      try {
        write((HttpServletResponse) resp, refusal);
      } catch (IOException | IllegalStateException gone) {
        exchange.setPersistent(false); // the client left; nothing more to say
      }
    }
    return true;
  }

  /** The limit an exception stands for, or null: the exception and its causes are looked at. */
  static Refusal classify(Throwable t) {
    Throwable c = t;
    for (int depth = 0; c != null && depth < 10; depth++, c = c.getCause()) {
      if (c instanceof ParameterLimitException) {
        return Refusal.TOO_MANY_PARAMETERS;
      }
      if (c instanceof RequestTooBigException
          || c instanceof MultiPartParserDefinition.FileTooLargeException) {
        return Refusal.BODY_TOO_LARGE;
      }
      if (c instanceof IllegalStateException
          && String.valueOf(c.getMessage()).startsWith("UT000046")) {
        return Refusal.TOO_MANY_COOKIES;
      }
    }
    return null;
  }

  private static void write(HttpServletResponse resp, Refusal refusal) throws IOException {
    resp.reset();
    resp.setStatus(refusal.status);
    resp.setContentType("text/plain");
    resp.setHeader("Connection", "close");
    resp.setContentLength(refusal.body.length);
    resp.getOutputStream().write(refusal.body);
    // Committed now: the exchange ends right after this, and an uncommitted response would get
    // the container's default error page headers in front of our body.
    resp.flushBuffer();
  }
}
