/**
 * NAT checking (bttrack's nat_check): before a new peer from outside the intranet is handed out,
 * the tracker connects back to it and completes a BitTorrent handshake, off the request thread,
 * with bounded concurrency, a bounded queue and timeouts.
 */
package org.multitracker.natcheck;
