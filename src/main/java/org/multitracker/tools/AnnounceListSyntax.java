package org.multitracker.tools;

import java.util.ArrayList;
import java.util.List;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;

/**
 * The {@code --announce_list} syntax of BitTornado: tiers separated by {@code |}, URLs within a
 * tier by {@code ,}. Empty tiers and empty URLs are refused rather than dropped, because they are
 * almost always a typo that would silently lose a tracker.
 */
final class AnnounceListSyntax {

  private AnnounceListSyntax() {}

  /** The tiers of {@code spec}; an empty spec means no announce-list at all. */
  static List<List<String>> parse(String spec) {
    if (spec.isEmpty()) {
      return List.of();
    }
    List<List<String>> tiers = new ArrayList<>();
    // Limit -1 keeps trailing empty parts, so "a|" is seen as an empty second tier.
    String[] tierSpecs = spec.split("\\|", -1);
    for (int t = 0; t < tierSpecs.length; t++) {
      if (tierSpecs[t].isBlank()) {
        throw new UsageException(
            "announce list: tier " + (t + 1) + " is empty in \"" + spec + "\"");
      }
      List<String> urls = new ArrayList<>();
      String[] urlSpecs = tierSpecs[t].split(",", -1);
      for (String url : urlSpecs) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
          throw new UsageException(
              "announce list: tier " + (t + 1) + " has an empty URL in \"" + spec + "\"");
        }
        urls.add(trimmed);
      }
      tiers.add(List.copyOf(urls));
    }
    return List.copyOf(tiers);
  }

  static BList toBencode(List<List<String>> tiers) {
    return BList.of(
        tiers.stream().map(tier -> BList.of(tier.stream().map(BString::of).toList())).toList());
  }
}
