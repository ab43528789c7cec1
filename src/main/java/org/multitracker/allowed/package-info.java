/**
 * Which torrents and clients this tracker serves: bttrack's allowed_dir and allowed_list, re-read
 * every parse_dir_interval by a timer and swapped in whole, and the allowed_ips / banned_ips lists.
 * The file readers are plain classes; only the timer and the holder bean need a container.
 */
package org.multitracker.allowed;
