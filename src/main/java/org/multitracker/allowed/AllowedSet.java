package org.multitracker.allowed;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.multitracker.metainfo.InfoHash;

/**
 * One immutable snapshot of the allowed torrents, replaced whole after each re-read so that an
 * announce never sees a directory half-read.
 *
 * @param byHash torrents from allowed_dir with their metadata, in the order the scan found them
 * @param listed info hashes from allowed_list, which carries no metadata
 * @param blocked .torrent files refused, with the reason
 */
public record AllowedSet(
    Map<InfoHash, AllowedTorrent> byHash, Set<InfoHash> listed, Map<Path, String> blocked) {

  private static final AllowedSet EMPTY = new AllowedSet(Map.of(), Set.of(), Map.of());

  public AllowedSet {
    // Insertion order is kept (not Map.copyOf) so pages list torrents in a stable order.
    byHash = Collections.unmodifiableMap(new LinkedHashMap<>(byHash));
    listed = Set.copyOf(listed);
    blocked = Collections.unmodifiableMap(new LinkedHashMap<>(blocked));
  }

  public static AllowedSet empty() {
    return EMPTY;
  }

  /** The allowed_list form: these hashes are allowed and nothing is known about them. */
  public static AllowedSet ofHashes(Set<InfoHash> hashes) {
    return new AllowedSet(Map.of(), hashes, Map.of());
  }

  /** The allowed_dir form. */
  public static AllowedSet ofTorrents(
      Map<InfoHash, AllowedTorrent> torrents, Map<Path, String> blocked) {
    return new AllowedSet(torrents, Set.of(), blocked);
  }

  public boolean contains(InfoHash infoHash) {
    return byHash.containsKey(infoHash) || listed.contains(infoHash);
  }

  /** Metadata of an allowed_dir torrent; empty for unknown hashes and for allowed_list entries. */
  public Optional<AllowedTorrent> get(InfoHash infoHash) {
    return Optional.ofNullable(byHash.get(infoHash));
  }

  public Collection<AllowedTorrent> torrents() {
    return byHash.values();
  }

  /** Every allowed info hash, whichever form this set has. */
  public Set<InfoHash> hashes() {
    Set<InfoHash> all = new HashSet<>(byHash.keySet());
    all.addAll(listed);
    return all;
  }

  /** The number of distinct allowed info hashes. */
  public int size() {
    return listed.isEmpty() ? byHash.size() : hashes().size();
  }
}
