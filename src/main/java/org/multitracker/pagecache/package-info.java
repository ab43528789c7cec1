/**
 * Pages whose size grows with the number of torrents (the info page, the full scrape) are built at
 * most once per min_time_between_cache_refreshes, by one request at a time, and every other request
 * is served the bytes of the last build: a burst of such requests costs one build.
 */
package org.multitracker.pagecache;
