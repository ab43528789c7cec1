package org.multitracker.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * SHA-1 of each piece of the files laid end to end, as BEP 3 defines them: pieces run across file
 * boundaries and only the last may be short.
 */
final class PieceHasher {

  private static final int READ_CHUNK = 1 << 16;

  private final int pieceLength;
  private final Progress progress;

  PieceHasher(int pieceLength, Progress progress) {
    this.pieceLength = pieceLength;
    this.progress = progress;
  }

  /**
   * The concatenated 20-byte hashes.
   *
   * @throws FileFailure if a file cannot be read or changed size since it was listed, since the
   *     torrent would then describe content nobody has
   */
  byte[] hash(List<SourceFile> files) {
    MessageDigest sha1 = sha1();
    ByteArrayOutputStream pieces = new ByteArrayOutputStream();
    byte[] buffer = new byte[READ_CHUNK];
    long inPiece = 0;
    for (SourceFile file : files) {
      try (InputStream in = Files.newInputStream(file.path())) {
        long remaining = file.length();
        while (remaining > 0) {
          int want = (int) Math.min(Math.min(buffer.length, remaining), pieceLength - inPiece);
          int n = in.read(buffer, 0, want);
          if (n < 0) {
            throw new FileFailure(file.path() + " shrank while it was being hashed");
          }
          sha1.update(buffer, 0, n);
          remaining -= n;
          inPiece += n;
          progress.advance(n);
          if (inPiece == pieceLength) {
            pieces.writeBytes(sha1.digest());
            inPiece = 0;
          }
        }
        if (in.read() >= 0) {
          throw new FileFailure(file.path() + " grew while it was being hashed");
        }
      } catch (IOException e) {
        throw new FileFailure(file.path() + ": " + IoReasons.reason(e), e);
      }
    }
    if (inPiece > 0) {
      pieces.writeBytes(sha1.digest());
    }
    progress.finish();
    return pieces.toByteArray();
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-1", e);
    }
  }
}
