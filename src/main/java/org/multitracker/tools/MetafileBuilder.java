package org.multitracker.tools;

import java.util.List;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.Bencoder;
import org.multitracker.metainfo.InvalidMetainfoException;
import org.multitracker.metainfo.MetainfoParser;

/** Builds the bytes of a new torrent from a walked source. */
final class MetafileBuilder {

  private static final int HASH_LENGTH = 20;
  // Room for everything but the piece hashes: names, paths, URLs of any sane torrent.
  private static final int NON_PIECE_ALLOWANCE = 1 << 20;

  private final Progress.Factory progress;

  MetafileBuilder(Progress.Factory progress) {
    this.progress = progress;
  }

  /**
   * @param name the torrent's name, the source's file name
   * @throws FileFailure if the source cannot be hashed or the torrent would be too large
   */
  byte[] build(String name, List<SourceFile> files, MetafileSpec spec) {
    long total = files.stream().mapToLong(SourceFile::length).sum();
    int pow2 = spec.piecePow2().orElseGet(() -> PieceSizes.automaticPow2(total));
    int pieceLength = 1 << pow2;
    long pieceCount = (total + pieceLength - 1) / pieceLength;
    // Checked before hashing: finding out after an hour of reading would be cruel.
    if (pieceCount * HASH_LENGTH > MetainfoParser.MAX_SIZE - NON_PIECE_ALLOWANCE) {
      throw new FileFailure(
          pieceCount
              + " pieces of 2^"
              + pow2
              + " bytes would make the torrent too large;"
              + " choose a larger --piece_size_pow2");
    }
    byte[] pieces = new PieceHasher(pieceLength, progress.create(total)).hash(files);

    BDict.Builder info = BDict.builder().put("name", name).put("piece length", pieceLength);
    info.put("pieces", pieces);
    if (files.size() == 1 && files.get(0).components().isEmpty()) {
      info.put("length", files.get(0).length());
    } else {
      info.put("files", BList.of(files.stream().map(MetafileBuilder::fileEntry).toList()));
    }

    BDict.Builder root =
        BDict.builder()
            .put("announce", spec.announce())
            .put("created by", "Multitracker")
            .put("creation date", spec.creationDate())
            .put("info", info.build());
    if (!spec.announceList().isEmpty()) {
      root.put("announce-list", AnnounceListSyntax.toBencode(spec.announceList()));
    }
    spec.comment().ifPresent(c -> root.put("comment", c));
    byte[] torrent = Bencoder.encode(root.build());
    try {
      // Our own parser is the first reader; a name it refuses should fail here, not there.
      MetainfoParser.parse(torrent);
    } catch (InvalidMetainfoException e) {
      throw new FileFailure("cannot make a valid torrent: " + e.getMessage(), e);
    }
    return torrent;
  }

  private static BDict fileEntry(SourceFile file) {
    return BDict.builder()
        .put("length", file.length())
        .put("path", BList.of(file.components().stream().map(BString::of).toList()))
        .build();
  }
}
