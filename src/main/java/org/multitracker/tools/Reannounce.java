package org.multitracker.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.multitracker.bencode.BString;

/**
 * btreannounce: sets the announce URL of torrents and, if asked, replaces or removes their
 * announce-list. Without {@code --announce_list} the existing list is kept as it is.
 */
final class Reannounce implements Command {

  @Override
  public String usage() {
    return "reannounce <announce-url> [--announce_list url,url|url,...] file.torrent...";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = CommandLine.parse(args, Set.of("announce_list"));
    if (line.positional().size() < 2) {
      throw new UsageException("reannounce needs an announce URL and at least one torrent file");
    }
    String announce = line.positional().get(0);
    if (announce.isBlank()) {
      throw new UsageException("the announce URL is empty");
    }
    TopLevelEdit edit = new TopLevelEdit().set("announce", BString.of(announce));
    Optional<String> announceList = line.option("announce_list");
    if (announceList.isPresent()) {
      List<List<String>> tiers = AnnounceListSyntax.parse(announceList.get());
      if (tiers.isEmpty()) {
        edit.remove("announce-list");
      } else {
        edit.set("announce-list", AnnounceListSyntax.toBencode(tiers));
      }
    }
    List<String> files = line.positional().subList(1, line.positional().size());
    return EachFile.run(
        files, err, file -> AtomicFiles.write(file, edit.applyTo(TorrentFile.read(file))));
  }
}
