package org.multitracker.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of a torrent's source: the file itself, or a directory's regular files in sorted
 * order, depth first, so the same tree always gives the same torrent.
 *
 * <p>Names starting with a dot are left out (editor and VCS litter). Symbolic links inside the
 * directory are not followed and other special files are skipped, each with a note on stderr: a
 * link could pull files from outside the tree into a torrent, or loop.
 */
final class SourceWalker {

  private final PrintStream err;

  SourceWalker(PrintStream err) {
    this.err = err;
  }

  /**
   * @throws FileFailure if the source is missing, unreadable, or holds no files
   */
  List<SourceFile> walk(Path source) {
    try {
      // The source itself was named by the user, so a link to it is followed like cp would.
      BasicFileAttributes attrs = Files.readAttributes(source, BasicFileAttributes.class);
      if (attrs.isRegularFile()) {
        return List.of(new SourceFile(source, List.of(), attrs.size()));
      }
      if (!attrs.isDirectory()) {
        throw new FileFailure("neither a regular file nor a directory");
      }
      List<SourceFile> files = new ArrayList<>();
      walkDirectory(source, new ArrayList<>(), files);
      if (files.isEmpty()) {
        throw new FileFailure("directory holds no files to share");
      }
      return files;
    } catch (IOException e) {
      throw IoReasons.failure(e);
    }
  }

  private void walkDirectory(Path dir, List<String> prefix, List<SourceFile> files)
      throws IOException {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      BasicFileAttributes attrs =
          Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      List<String> components = new ArrayList<>(prefix);
      components.add(name);
      if (attrs.isSymbolicLink()) {
        note(child, "skipped: symbolic links are not followed");
      } else if (attrs.isDirectory()) {
        walkDirectory(child, components, files);
      } else if (attrs.isRegularFile()) {
        files.add(new SourceFile(child, components, attrs.size()));
      } else {
        note(child, "skipped: not a regular file");
      }
    }
  }

  private void note(Path path, String message) {
    EachFile.report(err, path.toString(), message);
  }
}
