package org.multitracker.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.metainfo.InvalidMetainfoException;
import org.multitracker.metainfo.Metainfo;
import org.multitracker.metainfo.MetainfoParser;

/**
 * A torrent file read from disk and validated: its exact bytes, the decoded top-level dictionary
 * (whose spans index into those bytes) and what the parser made of it.
 */
record TorrentFile(Path path, byte[] bytes, BDict root, Metainfo meta) {

  /**
   * @throws FileFailure if the file cannot be read, is too large or is not a valid torrent
   */
  static TorrentFile read(Path path) {
    if (Files.isDirectory(path)) {
      throw new FileFailure("is a directory");
    }
    if (!Files.exists(path)) {
      throw new FileFailure(
          Files.exists(path, LinkOption.NOFOLLOW_LINKS)
              ? "dangling symbolic link"
              : "no such file or directory");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // Bounded read rather than Files.size: a FIFO or /dev/zero has no honest size.
      bytes = in.readNBytes(MetainfoParser.MAX_SIZE + 1);
    } catch (IOException e) {
      throw IoReasons.failure(e);
    }
    if (bytes.length > MetainfoParser.MAX_SIZE) {
      throw new FileFailure(
          "larger than the limit of " + MetainfoParser.MAX_SIZE + " bytes for a torrent file");
    }
    return of(path, bytes);
  }

  static TorrentFile of(Path path, byte[] bytes) {
    Metainfo meta;
    try {
      meta = MetainfoParser.parse(bytes);
    } catch (InvalidMetainfoException e) {
      throw new FileFailure("not a valid torrent: " + e.getMessage(), e);
    }
    // The parser accepted it, so it decodes, to a dictionary, under the same limits.
    BDict root = (BDict) Bdecoder.decode(bytes, BencodeLimits.TORRENT_FILE);
    return new TorrentFile(path, bytes, root, meta);
  }
}
