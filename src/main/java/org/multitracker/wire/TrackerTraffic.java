package org.multitracker.wire;

import jakarta.enterprise.context.ApplicationScoped;

/** Announces and scrapes answered since the tracker started, by outcome (for the metrics). */
@ApplicationScoped
public class TrackerTraffic {
  private final RequestOutcomes announces = new RequestOutcomes();
  private final RequestOutcomes scrapes = new RequestOutcomes();

  public RequestOutcomes announces() {
    return announces;
  }

  public RequestOutcomes scrapes() {
    return scrapes;
  }
}
