package org.multitracker.allowed;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.multitracker.network.IpRanges;

/**
 * allowed_ips or banned_ips, re-read when the file's mtime changes. A file with a bad line is
 * refused whole and the previous ranges stay: half an edit applied could ban the wrong people or
 * let in the wrong ones. Not thread-safe: one timer drives it.
 */
public final class IpListFile {

  private final WatchedFile file;
  private final Function<List<String>, IpRanges> parser;

  private IpListFile(
      String option, Function<List<String>, IpRanges> parser, Consumer<String> warn) {
    this.file = new WatchedFile(option, warn);
    this.parser = parser;
  }

  /** allowed_ips: subnets {@code a.b.c.d/len}, one a line. */
  public static IpListFile allowedIps(Consumer<String> warn) {
    return new IpListFile("allowed_ips", IpRanges::parseSubnets, warn);
  }

  /** banned_ips: ranges {@code comment:first-last}, one a line. */
  public static IpListFile bannedIps(Consumer<String> warn) {
    return new IpListFile("banned_ips", IpRanges::parseRanges, warn);
  }

  /** The new ranges if the file changed and parses; empty if unchanged, unreadable or bad. */
  public Optional<IpRanges> reloadIfChanged(Path path) {
    return file.linesIfChanged(path).flatMap(this::parse);
  }

  private Optional<IpRanges> parse(List<String> lines) {
    try {
      return Optional.of(parser.apply(lines));
    } catch (IllegalArgumentException e) {
      file.warn(e.getMessage() + "; keeping the previous list");
      return Optional.empty();
    }
  }
}
