package org.multitracker.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.multitracker.bencode.BDict;
import org.multitracker.metainfo.Metainfo;

/** btshowmetainfo: prints what a torrent describes and where it is tracked. */
final class ShowMetainfo implements Command {

  @Override
  public String usage() {
    return "showmetainfo file.torrent...";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = CommandLine.parse(args, Set.of());
    if (line.positional().isEmpty()) {
      throw new UsageException("showmetainfo needs at least one torrent file");
    }
    boolean[] first = {true};
    return EachFile.run(
        line.positional(),
        err,
        file -> {
          // Read before printing anything, so a bad file leaves no half report on stdout.
          String report = report(file, TorrentFile.read(file));
          if (!first[0]) {
            out.println();
          }
          first[0] = false;
          out.print(report);
        });
  }

  static String report(Path file, TorrentFile torrent) {
    Metainfo meta = torrent.meta();
    TorrentContent content = TorrentContent.of(torrent.root().dict("info").orElseThrow());
    Lines lines = new Lines();
    lines.add("metainfo file", file.toString());
    lines.add("info hash", meta.infoHash().hex());
    lines.add("name", meta.name());
    lines.add("total size", Long.toString(meta.totalLength()));
    lines.add("file count", Integer.toString(meta.fileCount()));
    if (!content.files().isEmpty()) {
      lines.add("files", "");
      for (TorrentContent.FileEntry entry : content.files()) {
        lines.raw("    " + TerminalText.escape(entry.path()) + " (" + entry.length() + ")");
      }
    }
    lines.add("piece length", Long.toString(content.pieceLength()));
    lines.add("piece count", Integer.toString(content.pieceCount()));
    lines.add("announce", meta.announce() == null ? "(none)" : meta.announce());
    BDict root = torrent.root();
    if (root.containsKey("announce-list")) {
      lines.add("announce-list", meta.announceList().isEmpty() ? "(empty)" : "");
      for (int i = 0; i < meta.announceList().size(); i++) {
        List<String> tier = meta.announceList().get(i);
        lines.raw(
            "    tier "
                + (i + 1)
                + ": "
                + String.join(", ", tier.stream().map(TerminalText::escape).toList()));
      }
    }
    meta.failureReason().ifPresent(r -> lines.add("failure reason", r));
    meta.warningMessage().ifPresent(w -> lines.add("warning message", w));
    return lines.toString();
  }

  /** Labels padded with dots to one column, BitTornado style; every value escaped. */
  private static final class Lines {
    private static final int LABEL_WIDTH = 16;
    private final StringBuilder sb = new StringBuilder();

    void add(String label, String value) {
      sb.append(label).append(' ');
      for (int i = label.length() + 1; i < LABEL_WIDTH; i++) {
        sb.append('.');
      }
      sb.append(": ").append(TerminalText.escape(value));
      // No trailing space after a label that introduces indented lines.
      int last = sb.length() - 1;
      if (sb.charAt(last) == ' ') {
        sb.setLength(last);
      }
      sb.append('\n');
    }

    void raw(String escapedLine) {
      sb.append(escapedLine).append('\n');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
