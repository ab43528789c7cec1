/**
 * Aggregator mode (bttrack's aggregator option): member trackers forward every announce here; the
 * aggregator records them with set-based JDBC into a relational database (H2 by default, PostgreSQL
 * in production), batched from a bounded in-memory buffer by a timer, never on the request thread,
 * and keeps per-day and per-minute rollups exact at the same time.
 */
package org.multitracker.aggregator;
