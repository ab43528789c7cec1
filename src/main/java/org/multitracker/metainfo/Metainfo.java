package org.multitracker.metainfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tracker needs to know about a torrent file.
 *
 * @param name {@code name.utf-8} if present, else {@code name}; decoded as UTF-8 with replacement
 *     and not escaped for any output format
 * @param totalLength sum of the file lengths
 * @param fileCount 1 for a single-file torrent, else the number of entries in {@code files}
 * @param announce the {@code announce} URL, or null if absent
 * @param announceList the {@code announce-list} tiers in file order, empty tiers dropped; empty if
 *     absent
 * @param failureReason a top-level {@code failure reason}, if the file carries one
 * @param warningMessage a top-level {@code warning message}, if the file carries one
 */
public record Metainfo(
    InfoHash infoHash,
    String name,
    long totalLength,
    int fileCount,
    String announce,
    List<List<String>> announceList,
    Optional<String> failureReason,
    Optional<String> warningMessage) {

  public Metainfo {
    Objects.requireNonNull(infoHash, "infoHash");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(failureReason, "failureReason");
    Objects.requireNonNull(warningMessage, "warningMessage");
    if (totalLength < 0) {
      throw new IllegalArgumentException("negative totalLength " + totalLength);
    }
    if (fileCount < 1) {
      throw new IllegalArgumentException("fileCount must be positive, got " + fileCount);
    }
    announceList = announceList.stream().map(List::copyOf).toList();
  }
}
