/**
 * The tracker's meters (announces and scrapes by outcome, swarms, T2T polls, forwarding and the
 * aggregator's buffer) registered on the server's own Micrometer registry, which WildFly serves as
 * Prometheus text. Counting itself lives in each feature (LongAdders, no lock on the announce
 * path); this package only reads the counts when the registry is scraped.
 */
package org.multitracker.metrics;
