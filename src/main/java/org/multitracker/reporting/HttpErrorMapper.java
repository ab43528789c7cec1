package org.multitracker.reporting;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Errors Jakarta REST itself raises (unknown path, wrong method, unacceptable type) as JSON. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response r = e.getResponse();
    int status = r == null ? 500 : r.getStatus();
    String reason = r == null ? "error" : r.getStatusInfo().getReasonPhrase();
    return ApiJson.error(status, reason == null ? "error" : reason.toLowerCase(Locale.ROOT));
  }
}
