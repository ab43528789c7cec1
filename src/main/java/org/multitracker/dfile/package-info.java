/**
 * The tracker's state across restarts (bttrack's dfile): completed counts and current peers,
 * streamed to a file of checksummed records every save_dfile_interval and at shutdown, and read
 * back at start beside announces. A file that cannot be used is moved aside; the tracker then
 * starts empty, never failing its deployment.
 */
package org.multitracker.dfile;
