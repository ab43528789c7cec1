/**
 * The announce path (BEP 3, 23, 7): raw query parsing, the client's address, the swarm update and
 * the bencoded answer. Plain servlet and application-scoped beans: no EJB, no transaction, no I/O
 * but the response itself.
 */
package org.multitracker.announce;
