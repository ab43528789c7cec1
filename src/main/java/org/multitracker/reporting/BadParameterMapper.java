package org.multitracker.reporting;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A parameter we cannot use: 400 with the reason. */
@Provider
public class BadParameterMapper implements ExceptionMapper<BadParameterException> {
  @Override
  public Response toResponse(BadParameterException e) {
    return ApiJson.error(400, e.getMessage());
  }
}
