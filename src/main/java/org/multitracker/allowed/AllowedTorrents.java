package org.multitracker.allowed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.network.IpRanges;

/**
 * The torrents and client addresses the tracker serves now. Each is an immutable snapshot in a
 * volatile field, replaced whole by the scanner: an announce never sees a half-read directory.
 */
@ApplicationScoped
public class AllowedTorrents {
  @Inject TrackerConfig config;

  private volatile AllowedSet current = AllowedSet.empty();
  private volatile IpRanges allowedIps = IpRanges.empty();
  private volatile IpRanges bannedIps = IpRanges.empty();

  /** True when allowed_dir or allowed_list limits the tracked torrents. */
  public boolean isRestricted() {
    return config.hasAllowedSet();
  }

  public boolean allows(InfoHash infoHash) {
    return !isRestricted() || current.contains(infoHash);
  }

  public Optional<AllowedTorrent> get(InfoHash infoHash) {
    return current.get(infoHash);
  }

  public AllowedSet current() {
    return current;
  }

  /** allowed_ips and banned_ips: with allowed_ips set, only its subnets; banned never. */
  public boolean ipAllowed(byte[] ip) {
    if (!config.allowedIps().isEmpty() && !allowedIps.contains(ip)) {
      return false;
    }
    return !bannedIps.contains(ip);
  }

  void replace(AllowedSet set) {
    current = set;
  }

  void replaceAllowedIps(IpRanges ranges) {
    allowedIps = ranges;
  }

  void replaceBannedIps(IpRanges ranges) {
    bannedIps = ranges;
  }
}
