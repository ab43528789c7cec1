package org.multitracker.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * btmakemetafile: makes a torrent of a file or directory, written as {@code <name>.torrent} beside
 * it unless {@code --target} says otherwise.
 */
final class MakeMetafile implements Command {

  private final Progress.Factory progress;
  private final Clock clock;

  MakeMetafile(Progress.Factory progress, Clock clock) {
    this.progress = progress;
    this.clock = clock;
  }

  @Override
  public String usage() {
    return "makemetafile <file or dir> <announce-url> [--announce_list url,url|url,...]"
        + " [--piece_size_pow2 N] [--target out.torrent] [--comment text]";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line =
        CommandLine.parse(args, Set.of("announce_list", "piece_size_pow2", "target", "comment"));
    if (line.positional().size() != 2) {
      throw new UsageException(
          "makemetafile needs exactly one file or directory and an announce URL");
    }
    String announce = line.positional().get(1);
    if (announce.isBlank()) {
      throw new UsageException("the announce URL is empty");
    }
    MetafileSpec spec =
        new MetafileSpec(
            announce,
            line.option("announce_list").map(AnnounceListSyntax::parse).orElse(List.of()),
            line.option("piece_size_pow2").map(PieceSizes::parsePow2),
            line.option("comment"),
            clock.instant().getEpochSecond());
    Optional<String> target = line.option("target");
    if (target.isPresent() && target.get().isEmpty()) {
      throw new UsageException("--target is empty");
    }
    return EachFile.run(
        List.of(line.positional().get(0)), err, source -> make(source, target, spec, err));
  }

  private void make(Path source, Optional<String> target, MetafileSpec spec, PrintStream err) {
    Path absolute = source.toAbsolutePath().normalize();
    if (absolute.getFileName() == null) {
      throw new FileFailure("has no name to give the torrent");
    }
    String name = absolute.getFileName().toString();
    List<SourceFile> files = new SourceWalker(err).walk(source);
    byte[] torrent = new MetafileBuilder(progress).build(name, files, spec);
    Path output = target.map(Path::of).orElse(absolute.resolveSibling(name + ".torrent"));
    try {
      AtomicFiles.write(output, torrent);
    } catch (FileFailure e) {
      // Name the output: the failure is not about the source given on the command line.
      throw new FileFailure("cannot write " + output + ": " + e.getMessage(), e);
    }
  }
}
