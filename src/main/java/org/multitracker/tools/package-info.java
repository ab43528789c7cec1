/**
 * Command-line tools for torrent files, after BitTornado's btreannounce, btcopyannounce,
 * btshowmetainfo and btmakemetafile, run through {@link org.multitracker.tools.Main}. They depend
 * only on the JDK and the bencode and metainfo packages, so they ship as a plain executable jar.
 */
package org.multitracker.tools;
