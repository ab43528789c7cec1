package org.multitracker.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that readers, and a run interrupted at any point, see either the old or the
 * new content in full: a temporary file in the same directory (a rename never crosses file
 * systems), forced to disk, then renamed over the target.
 */
final class AtomicFiles {

  // Torrent files are not secret; new ones get the mode a default umask would give.
  private static final Set<PosixFilePermission> NEW_FILE_MODE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code target}; through a symbolic link, the file it points to is
   * replaced, not the link.
   *
   * @throws FileFailure if anything fails; the target is then unchanged and no temporary is left
   */
  static void write(Path target, byte[] content) {
    Path real;
    try {
      real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    } catch (IOException e) {
      throw IoReasons.failure(e);
    }
    Path dir = real.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      copyMode(real, temp);
      try {
        Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new FileFailure("the file system cannot replace files atomically", e);
      }
      temp = null;
    } catch (IOException e) {
      throw IoReasons.failure(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The original failure is the one worth reporting.
        }
      }
    }
  }

  /** The temporary file is created private; give it the target's mode, or the usual one. */
  private static void copyMode(Path target, Path temp) throws IOException {
    PosixFileAttributeView tempView =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (tempView == null) {
      return;
    }
    Set<PosixFilePermission> mode =
        Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_MODE;
    tempView.setPermissions(mode);
  }
}
