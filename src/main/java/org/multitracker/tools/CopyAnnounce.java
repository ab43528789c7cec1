package org.multitracker.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.multitracker.bencode.BValue;

/**
 * btcopyannounce: gives torrents the announce URL and announce-list of a template torrent. A
 * template without an announce-list removes the files' lists, so they end up tracked alike.
 */
final class CopyAnnounce implements Command {

  @Override
  public String usage() {
    return "copyannounce <template.torrent> file.torrent...";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = CommandLine.parse(args, Set.of());
    if (line.positional().size() < 2) {
      throw new UsageException("copyannounce needs a template and at least one torrent file");
    }
    String templateName = line.positional().get(0);
    TopLevelEdit edit;
    try {
      edit = editFrom(TorrentFile.read(Path.of(templateName)));
    } catch (FileFailure e) {
      // Without the template there is nothing to copy: no file is touched.
      EachFile.report(err, templateName, e.getMessage());
      return 1;
    }
    List<String> files = line.positional().subList(1, line.positional().size());
    return EachFile.run(
        files, err, file -> AtomicFiles.write(file, edit.applyTo(TorrentFile.read(file))));
  }

  private static TopLevelEdit editFrom(TorrentFile template) {
    BValue announce =
        template
            .root()
            .get("announce")
            .orElseThrow(() -> new FileFailure("template has no announce URL"));
    TopLevelEdit edit = new TopLevelEdit().setEncoded("announce", spanOf(template, announce));
    template
        .root()
        .get("announce-list")
        .ifPresentOrElse(
            list -> edit.setEncoded("announce-list", spanOf(template, list)),
            () -> edit.remove("announce-list"));
    return edit;
  }

  /** The template's own bytes, so even an odd but valid list is copied exactly. */
  private static byte[] spanOf(TorrentFile template, BValue value) {
    return Arrays.copyOfRange(template.bytes(), value.start(), value.end());
  }
}
