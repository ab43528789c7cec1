package org.multitracker.reporting;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * The database failed the query: 503 (try again later), one log line with the driver's reason; the
 * caller sees no SQL and no stack trace.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class.getName());

  @Override
  public Response toResponse(DatabaseUnavailableException e) {
    LOG.warning(() -> "Report query failed: " + e.getMessage());
    return ApiJson.error(503, "the aggregator's database is unavailable");
  }
}
