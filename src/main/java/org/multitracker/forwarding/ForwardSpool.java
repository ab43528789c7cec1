package org.multitracker.forwarding;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The forwarding queue on disk across a graceful restart: written when the member stops, read back
 * and deleted when it starts. A header line, then one forwarded query a line, oldest first. Our
 * password is left out of the file (it stays in the configuration) and added back from
 * aggregate_forward when the file is read. Bounded like the queue it saves: at most its capacity of
 * lines, each at most {@link #MAX_LINE} characters (a forwarded query is at most the 4 KiB client
 * query plus our parameters).
 */
final class ForwardSpool {
  static final String HEADER = "multitracker-forward-spool 1";
  static final int MAX_LINE = 8192;

  /**
   * What a spool file held.
   *
   * @param queries the forwarded queries, with the current password, oldest first
   * @param overBound lines beyond the queue's capacity, not loaded
   * @param unusable lines that are not a forwarded query (too long, not printable ASCII)
   */
  record Loaded(List<String> queries, int overBound, int unusable) {}

  private final Path file;
  private final int capacity;

  ForwardSpool(Path file, int capacity) {
    this.file = file;
    this.capacity = capacity;
  }

  Path file() {
    return file;
  }

  /**
   * Writes the queries (replacing any previous spool) and returns how many; queries beyond the
   * capacity or unfit for a line are left out.
   */
  int write(Collection<String> queries) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    int written = 0;
    Files.deleteIfExists(tmp);
    try {
      // Client addresses and peer ids: readable by the server's user only.
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      // written with the default permissions below
    }
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
      w.write(HEADER);
      w.newLine();
      for (String q : queries) {
        String line = withoutPassword(q);
        if (written < capacity && fits(line)) {
          w.write(line);
          w.newLine();
          written++;
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return written;
  }

  /**
   * Reads the spool and deletes it; nothing when there is none. A file that is not a spool is moved
   * aside to {@code <file>.unusable} and an {@link IOException} says so.
   */
  Loaded load(String password) throws IOException {
    if (!Files.exists(file)) {
      return new Loaded(List.of(), 0, 0);
    }
    String suffix =
        password.isEmpty()
            ? ""
            : "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    List<String> queries = new ArrayList<>();
    int over = 0;
    int unusable = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      if (!HEADER.equals(r.readLine())) {
        Path aside = file.resolveSibling(file.getFileName() + ".unusable");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        throw new IOException("not a forwarding spool; moved aside to " + aside);
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!fits(line)) {
          unusable++;
        } else if (queries.size() >= capacity) {
          over++;
        } else {
          queries.add(line + suffix);
        }
      }
    }
    Files.delete(file);
    return new Loaded(queries, over, unusable);
  }

  /** Our own password= parameter (the client's was already removed when it was queued). */
  static String withoutPassword(String query) {
    StringBuilder b = new StringBuilder(query.length());
    for (String part : query.split("&")) {
      if (!part.isEmpty() && !part.startsWith("password=")) {
        b.append(b.length() == 0 ? "" : "&").append(part);
      }
    }
    return b.toString();
  }

  /** A query string as the URL carries it: printable ASCII, no spaces, bounded. */
  static boolean fits(String line) {
    if (line.isEmpty() || line.length() > MAX_LINE) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
