package org.multitracker.t2t;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.multitracker.network.IpAddresses;
import org.multitracker.network.SpecialPurposeAddresses;

/**
 * Decides which announce-list URLs may be polled (option multitracker_trusted). A .torrent dropped
 * in allowed_dir must not make the tracker probe the inside network: a URL is polled when it starts
 * with a trusted prefix, or, by default, when its host is a global unicast address by the IANA
 * special-purpose registries ({@link SpecialPurposeAddresses}).
 */
final class TrackerScreen {
  private final List<String> trusted;

  TrackerScreen(List<String> trusted) {
    this.trusted = trusted.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }

  /** Null when {@code url} may be polled, otherwise why not. */
  String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "not a URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https trackers are polled";
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return "not a plain tracker URL";
    }
    String lower = url.toLowerCase(Locale.ROOT);
    for (String prefix : trusted) {
      if (lower.startsWith(prefix)) {
        return null;
      }
    }
    return globalHost(uri.getHost())
        ? null
        : "host is not a global unicast address and not trusted";
  }

  /**
   * Literal addresses are judged as they are; names are resolved and every address must be global
   * unicast. (The HTTP client resolves again when it connects; a name that changes its answer in
   * between is the residual risk, which multitracker_trusted removes.)
   */
  private static boolean globalHost(String host) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    byte[] literal = IpAddresses.parseLiteral(bare);
    if (literal != null) {
      return SpecialPurposeAddresses.isGlobalUnicast(literal);
    }
    if (bare.matches("[0-9.]+") || bare.contains(":")) {
      return false; // odd numeric forms such as 0177.1 or 2130706433
    }
    try {
      InetAddress[] all = InetAddress.getAllByName(bare);
      for (InetAddress a : all) {
        if (!SpecialPurposeAddresses.isGlobalUnicast(a.getAddress())) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
