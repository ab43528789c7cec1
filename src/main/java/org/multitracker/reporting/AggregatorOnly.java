package org.multitracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.multitracker.config.TrackerConfig;

/**
 * Only an aggregator has the database these reports read: on any other tracker every /api path is a
 * 404 that says why, before any resource (or the database) is touched.
 */
@Provider
@PreMatching
@ApplicationScoped
public class AggregatorOnly implements ContainerRequestFilter {
  static final String NOT_AN_AGGREGATOR = "this tracker is not an aggregator";

  @Inject TrackerConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!config.isAggregator()) {
      request.abortWith(ApiJson.error(404, NOT_AN_AGGREGATOR));
    }
  }
}
