package org.multitracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.multitracker.bencode.BencodeWriter;

/** Makes a real single-file .torrent (with piece hashes) for end-to-end tests. */
public final class TorrentMaker {
  private TorrentMaker() {}

  public static byte[] singleFile(Path file, String announce, int pieceLength) throws IOException {
    return singleFile(file, announce, java.util.List.of(), pieceLength);
  }

  /** With one announce-list tier (empty: none); the info hash does not depend on it. */
  public static byte[] singleFile(
      Path file, String announce, java.util.List<String> tier, int pieceLength) throws IOException {
    BencodeWriter w = new BencodeWriter();
    w.beginDict();
    w.key("announce");
    w.string(announce);
    if (!tier.isEmpty()) {
      w.key("announce-list");
      w.beginList();
      w.beginList();
      tier.forEach(w::string);
      w.end();
      w.end();
    }
    w.key("info");
    w.beginDict();
    w.key("length");
    w.integer(Files.size(file));
    w.key("name");
    w.string(file.getFileName().toString());
    w.key("piece length");
    w.integer(pieceLength);
    w.key("pieces");
    w.string(pieceHashes(file, pieceLength));
    w.end();
    w.end();
    return w.toByteArray();
  }

  private static byte[] pieceHashes(Path file, int pieceLength) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      java.io.ByteArrayOutputStream hashes = new java.io.ByteArrayOutputStream();
      byte[] piece;
      while ((piece = in.readNBytes(pieceLength)).length > 0) {
        hashes.write(MessageDigest.getInstance("SHA-1").digest(piece));
      }
      return hashes.toByteArray();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
