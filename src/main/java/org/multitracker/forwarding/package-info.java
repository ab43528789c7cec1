/**
 * Forwarding every accepted announce to the cluster's aggregator (aggregate_forward): off the
 * announce's critical path, through a bounded queue, over kept-alive connections, retried with
 * backoff while the aggregator is unreachable; overflow is counted and logged.
 */
package org.multitracker.forwarding;
