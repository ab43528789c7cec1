/**
 * The public pages: the info page at / with the busiest torrents' counts (built periodically, see
 * pagecache), /favicon.ico, and the plain text answer for every other path. Every value shown is
 * HTML-escaped: names and ids come from clients and .torrent files.
 */
package org.multitracker.infopage;
