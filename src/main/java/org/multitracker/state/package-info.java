/**
 * The tracker's state across restarts (bttrack's dfile): completed counts and current peers,
 * written to a bencoded file every save_dfile_interval and at shutdown, read back at start.
 */
package org.multitracker.state;
