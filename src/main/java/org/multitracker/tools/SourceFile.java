package org.multitracker.tools;

import java.nio.file.Path;
import java.util.List;

/**
 * One file to put in a torrent.
 *
 * @param components its path below the torrent's directory; empty for a single-file torrent
 * @param length its size when the source was walked; hashing checks it still holds
 */
record SourceFile(Path path, List<String> components, long length) {

  SourceFile {
    components = List.copyOf(components);
  }
}
