/**
 * What a tracker holds in memory for others and would lose if killed: where its small state files
 * live by default, and a run checkpoint that lets the next start say how much an unclean stop lost
 * (the member's forwarding queue, the aggregator's write buffer).
 */
package org.multitracker.checkpoint;
