/**
 * Scrape (BEP 48): counts for several torrents or all of them, limited by scrape_allowed. Read-only
 * over the swarm store.
 */
package org.multitracker.scrape;
