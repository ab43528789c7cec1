package org.multitracker.scrape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.config.ScrapeAllowed;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SwarmStats;
import org.multitracker.wire.GarbageRequestException;
import org.multitracker.wire.RawQuery;
import org.multitracker.wire.ScrapeBlock;
import org.multitracker.wire.ScrapeRequest;
import org.multitracker.wire.TrackerReplies;

/** Builds scrape answers; refusals follow bttrack (HTTP 400 with a bencoded reason). */
@ApplicationScoped
public class ScrapeHandler {
  /** Room for 1000 info hashes, each "info_hash=" plus 60 escaped characters and a separator. */
  static final int MAX_QUERY_LENGTH = 80_000;

  /**
   * Returned instead of an HTTP status for an allowed full scrape: the answer is the cached copy of
   * {@link FullScrape}, not built into the request's writer.
   */
  static final int FULL_SCRAPE = 0;

  @Inject TrackerConfig config;
  @Inject TrackedTorrents tracked;
  @Inject AllowedTorrents allowed;

  public int scrape(String query, byte[] clientIp, BencodeWriter w) {
    if (clientIp == null || !allowed.ipAllowed(clientIp)) {
      return TrackerReplies.failure(w, 400, "your IP is not allowed on this tracker");
    }
    ScrapeRequest request;
    try {
      request = ScrapeRequest.from(RawQuery.parse(query, ScrapeRequest.MAX_QUERY_PARAMETERS));
    } catch (GarbageRequestException e) {
      return TrackerReplies.garbage(w, e.getMessage());
    }
    List<TrackedTorrent> files;
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
      return FULL_SCRAPE;
    }
    write(w, files, config.showNames() && !config.allowedDir().isEmpty());
    return 200;
  }

  private List<TrackedTorrent> specific(List<byte[]> hashes) {
    TreeMap<InfoHash, TrackedTorrent> found = new TreeMap<>();
    for (byte[] h : hashes) {
      InfoHash infoHash = new InfoHash(h);
      Optional<TrackedTorrent> t = tracked.one(infoHash);
      t.ifPresent(x -> found.put(infoHash, x));
    }
    return new ArrayList<>(found.values());
  }

  /** Writes the files dictionary; {@code files} is already in info hash order. */
  static void write(BencodeWriter w, List<TrackedTorrent> files, boolean names) {
    w.beginDict();
    w.key("files");
    w.beginDict();
    for (TrackedTorrent t : files) {
      SwarmStats s = t.stats();
      w.string(t.infoHash().bytes());
      ScrapeBlock.write(w, s.complete(), s.incomplete(), s.downloaded(), t.name(names));
    }
    w.end();
    w.end();
  }
}
