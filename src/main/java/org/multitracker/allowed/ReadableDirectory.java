package org.multitracker.allowed;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether allowed_dir can be listed right now, for the readiness check. Opening the directory is
 * the real test: permission bits say nothing for root or under ACLs.
 */
public final class ReadableDirectory {
  private ReadableDirectory() {}

  /** Empty when {@code dir} is a directory this process can list; else what is wrong. */
  public static Optional<String> problem(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.of(Files.exists(dir) ? "not a directory" : "no such directory");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.iterator().hasNext();
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.of(e instanceof IOException io ? IoErrors.describe(io) : "permission denied");
    }
  }
}
