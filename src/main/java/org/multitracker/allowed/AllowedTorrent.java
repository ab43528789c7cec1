package org.multitracker.allowed;

import java.nio.file.Path;
import java.util.Objects;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.Metainfo;

/**
 * A torrent admitted by a .torrent file in allowed_dir.
 *
 * @param file where the .torrent file lies, for allow_get and the operator's messages
 * @param size the file's size when it was parsed
 * @param mtime the file's modification time in epoch milliseconds when it was parsed
 */
public record AllowedTorrent(Metainfo meta, Path file, long size, long mtime) {

  public AllowedTorrent {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(file, "file");
  }

  public InfoHash infoHash() {
    return meta.infoHash();
  }

  /** Whether other trackers may poll us for it when multitracker_allowed is autodetect. */
  public boolean hasAnnounceList() {
    return !meta.announceList().isEmpty();
  }
}
