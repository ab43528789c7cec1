package org.multitracker.scrape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.multitracker.announce.GarbageRequestException;
import org.multitracker.announce.RawQuery;
import org.multitracker.announce.ScrapeBlock;
import org.multitracker.announce.ScrapeRequest;
import org.multitracker.announce.TrackerReplies;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.config.ScrapeAllowed;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.swarm.Swarms;

/** Builds scrape answers; refusals follow bttrack (HTTP 400 with a bencoded reason). */
@ApplicationScoped
public class ScrapeHandler {
  /** Room for 1000 info hashes, each "info_hash=" plus 60 escaped characters and a separator. */
  static final int MAX_QUERY_LENGTH = 80_000;

  private static final Comparator<SwarmStats> BY_HASH = Comparator.comparing(SwarmStats::infoHash);

  @Inject TrackerConfig config;
  @Inject Swarms swarms;

  public int scrape(String query, BencodeWriter w) {
    ScrapeRequest request;
    try {
      request = ScrapeRequest.from(RawQuery.parse(query, ScrapeRequest.MAX_QUERY_PARAMETERS));
    } catch (GarbageRequestException e) {
      return TrackerReplies.garbage(w, e.getMessage());
    }
    List<SwarmStats> files;
    if (!request.infoHashes().isEmpty()) {
      if (config.scrapeAllowed() == ScrapeAllowed.NONE) {
        return TrackerReplies.failure(
            w, 400, "specific scrape function is not available with this tracker.");
      }
      files = specific(request.infoHashes());
    } else {
      if (config.scrapeAllowed() != ScrapeAllowed.FULL) {
        return TrackerReplies.failure(
            w, 400, "full scrape function is not available with this tracker.");
      }
      files = swarms.allStats();
    }
    files.sort(BY_HASH);
    write(w, files);
    return 200;
  }

  private List<SwarmStats> specific(List<byte[]> hashes) {
    List<SwarmStats> found = new ArrayList<>(hashes.size());
    java.util.Set<InfoHash> seen = new java.util.HashSet<>();
    for (byte[] h : hashes) {
      InfoHash infoHash = new InfoHash(h);
      if (seen.add(infoHash)) {
        Optional<SwarmStats> stats = swarms.stats(infoHash);
        stats.ifPresent(found::add);
      }
    }
    return found;
  }

  private static void write(BencodeWriter w, List<SwarmStats> files) {
    w.beginDict();
    w.key("files");
    w.beginDict();
    for (SwarmStats s : files) {
      w.string(s.infoHash().bytes());
      ScrapeBlock.write(w, s.complete(), s.incomplete(), s.downloaded(), null);
    }
    w.end();
    w.end();
  }
}
