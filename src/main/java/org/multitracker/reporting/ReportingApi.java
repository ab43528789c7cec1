package org.multitracker.reporting;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under /api. Only /api/* goes to Jakarta REST; every other path keeps the servlets
 * (announce, scrape, info page, the plain-text 404). Resources and providers are discovered.
 */
@ApplicationPath("/api")
public class ReportingApi extends Application {}
