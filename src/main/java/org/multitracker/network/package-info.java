/**
 * IP address literals and address lists (allowed and banned ranges), handled as raw bytes. Nothing
 * here resolves host names: addresses come from untrusted clients and a lookup would let them make
 * the tracker wait on DNS.
 */
package org.multitracker.network;
