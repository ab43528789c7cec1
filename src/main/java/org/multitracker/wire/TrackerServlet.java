package org.multitracker.wire;

/**
 * Marks the servlets that answer BitTorrent clients (announce, scrape). They never log anyone in,
 * so {@link TrackerRequestsSkipSecurity} lets their requests bypass the security machinery.
 */
public interface TrackerServlet {}
