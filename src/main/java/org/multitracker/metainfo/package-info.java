/**
 * Torrent metainfo (BEP 3): the 20-byte {@link org.multitracker.metainfo.InfoHash} that names a
 * swarm, and a validating parser for uploaded .torrent files. The parser trusts nothing in the file
 * and reports every problem as an {@link org.multitracker.metainfo.InvalidMetainfoException} whose
 * message an operator can read.
 */
package org.multitracker.metainfo;
