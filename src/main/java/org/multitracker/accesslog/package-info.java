/**
 * bttrack's access log (option logfile) in Apache combined format. Request threads only enqueue an
 * entry; one container-managed thread formats and writes them, so the announce path never waits on
 * the disk.
 */
package org.multitracker.accesslog;
