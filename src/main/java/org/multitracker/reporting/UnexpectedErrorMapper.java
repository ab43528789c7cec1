package org.multitracker.reporting;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug of ours: a 500 with a JSON body rather than the container's page, and the stack trace in
 * the server log only. Parameter errors never get here; they are {@link BadParameterMapper}'s.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    LOG.log(Level.SEVERE, "Unexpected error in the reporting API", e);
    return ApiJson.error(500, "internal error");
  }
}
