package org.multitracker.allowed;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.multitracker.metainfo.InfoHash;

/**
 * The outcome of one pass over allowed_dir.
 *
 * @param allowed the new snapshot (the previous one when the directory could not be read)
 * @param removed info hashes allowed before this pass and not after it; their swarms should go
 * @param warnings what this pass found that no earlier pass has reported yet
 */
public record ScanResult(AllowedSet allowed, Set<InfoHash> removed, List<String> warnings) {

  public ScanResult {
    Objects.requireNonNull(allowed, "allowed");
    removed = Set.copyOf(removed);
    warnings = List.copyOf(warnings);
  }
}
