package org.multitracker.tools;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new torrent should say besides its content.
 *
 * @param piecePow2 the piece size as a power of two, or empty to choose by total size
 * @param creationDate seconds since the epoch, written as {@code creation date}
 */
record MetafileSpec(
    String announce,
    List<List<String>> announceList,
    Optional<Integer> piecePow2,
    Optional<String> comment,
    long creationDate) {

  MetafileSpec {
    Objects.requireNonNull(announce, "announce");
    announceList = announceList.stream().map(List::copyOf).toList();
    Objects.requireNonNull(piecePow2, "piecePow2");
    Objects.requireNonNull(comment, "comment");
  }
}
