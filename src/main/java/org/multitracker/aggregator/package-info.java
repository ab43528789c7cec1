/**
 * Aggregator mode (bttrack's aggregator option): member trackers forward every announce here; the
 * aggregator records them through JPA into a relational database (H2 by default, PostgreSQL in
 * production), batched from a bounded in-memory buffer by a timer, never on the request thread.
 */
package org.multitracker.aggregator;
