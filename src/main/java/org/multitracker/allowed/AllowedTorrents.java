package org.multitracker.allowed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.network.IpRanges;

/**
 * What announce and scrape ask before serving: is this torrent allowed, is this client's address.
 * Each answer reads one volatile snapshot that the timer replaces whole, so the hot path takes no
 * lock and never sees a directory half-read.
 */
@ApplicationScoped
public class AllowedTorrents {

  @Inject TrackerConfig config;

  private volatile AllowedSet current = AllowedSet.empty();
  // allowed_ips starts empty, so nobody is let in until the list loads: a private tracker whose
  // list is unreadable at start must not become open.
  private volatile IpRanges allowedIps = IpRanges.empty();
  private volatile IpRanges bannedIps = IpRanges.empty();

  /** Whether only listed torrents are served (allowed_dir or allowed_list is set). */
  public boolean isRestricted() {
    return config.hasAllowedSet();
  }

  public boolean allows(InfoHash infoHash) {
    return !isRestricted() || current.contains(infoHash);
  }

  /** Metadata from allowed_dir; empty under allowed_list or when unrestricted. */
  public Optional<AllowedTorrent> get(InfoHash infoHash) {
    return current.get(infoHash);
  }

  public AllowedSet current() {
    return current;
  }

  /** Whether a client at {@code ip} (4 or 16 bytes) may use this tracker at all. */
  public boolean ipAllowed(byte[] ip) {
    if (!config.allowedIps().isEmpty() && !allowedIps.contains(ip)) {
      return false;
    }
    return config.bannedIps().isEmpty() || !bannedIps.contains(ip);
  }

  void setCurrent(AllowedSet set) {
    current = Objects.requireNonNull(set, "set");
  }

  void setAllowedIps(IpRanges ranges) {
    allowedIps = Objects.requireNonNull(ranges, "ranges");
  }

  void setBannedIps(IpRanges ranges) {
    bannedIps = Objects.requireNonNull(ranges, "ranges");
  }
}
