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
  /** bttrack's answer for a torrent it does not serve. */
  public static final String NOT_AUTHORIZED =
      "Requested download is not authorized for use with this tracker.";

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

  /**
   * The failure reason an announce for this torrent gets here, or null when it may go on: not in
   * the allowed set, or (allowed_controls) its .torrent's own failure reason.
   */
  public String refusal(InfoHash infoHash) {
    if (!allows(infoHash)) {
      return NOT_AUTHORIZED;
    }
    return config.allowedControls()
        ? get(infoHash).flatMap(t -> t.meta().failureReason()).orElse(null)
        : null;
  }

  /** allowed_controls: the warning message the torrent's .torrent asks for, or null. */
  public String warning(InfoHash infoHash) {
    return config.allowedControls()
        ? get(infoHash).flatMap(t -> t.meta().warningMessage()).orElse(null)
        : null;
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
