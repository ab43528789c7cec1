package org.multitracker.tools;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;

/**
 * Sets and removes top-level keys of a torrent while copying every other value byte for byte from
 * its source span. Re-encoding the whole tree would be canonical too, but copying cannot change the
 * {@code info} bytes by construction, so the info hash survives whatever the decoder keeps.
 */
final class TopLevelEdit {

  private final Map<String, byte[]> set = new TreeMap<>();
  private final Set<String> removed = new HashSet<>();

  TopLevelEdit set(String key, BValue value) {
    return setEncoded(key, Bencoder.encode(value));
  }

  /** Sets {@code key} to a value that is already bencoded, copied as is. */
  TopLevelEdit setEncoded(String key, byte[] bencoded) {
    if (key.equals("info")) {
      throw new IllegalArgumentException("the info dictionary is never rewritten");
    }
    removed.remove(key);
    set.put(key, bencoded.clone());
    return this;
  }

  TopLevelEdit remove(String key) {
    set.remove(key);
    removed.add(key);
    return this;
  }

  /**
   * The edited file's bytes.
   *
   * @throws IllegalStateException if the result would have another info hash, which would be a bug
   *     here, checked because a torrent with a changed hash silently forms a new swarm
   */
  byte[] applyTo(TorrentFile torrent) {
    byte[] source = torrent.bytes();
    // String order of ISO-8859-1 keys is the unsigned byte order bencode requires.
    TreeSet<String> keys = new TreeSet<>(torrent.root().entries().keySet());
    keys.addAll(set.keySet());
    keys.removeAll(removed);

    BencodeWriter writer = new BencodeWriter(source.length + 256);
    writer.beginDict();
    for (String key : keys) {
      writer.key(key);
      byte[] replacement = set.get(key);
      if (replacement != null) {
        writer.raw(replacement);
      } else {
        BValue original = torrent.root().entries().get(key);
        writer.raw(source, original.start(), original.end() - original.start());
      }
    }
    writer.end();
    byte[] result = writer.toByteArray();

    InfoHash after = MetainfoParser.parse(result).infoHash();
    if (!after.equals(torrent.meta().infoHash())) {
      throw new IllegalStateException(
          "rewriting changed the info hash from " + torrent.meta().infoHash() + " to " + after);
    }
    return result;
  }
}
