package org.multitracker.forwarding;

import java.net.URI;

/**
 * aggregate_forward parsed: the aggregator's announce URL and the optional password.
 *
 * @param password empty when none
 */
public record ForwardTarget(URI url, String password) {

  /** Parses {@code url[,password]}; an unusable value is an IllegalArgumentException. */
  public static ForwardTarget parse(String option) {
    int comma = option.indexOf(',');
    String url = (comma < 0 ? option : option.substring(0, comma)).trim();
    String password = comma < 0 ? "" : option.substring(comma + 1).trim();
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("must be an http:// or https:// announce URL");
    }
    return new ForwardTarget(uri, password);
  }

  /**
   * The forwarded query: the client's own, minus anything that only a member may say
   * (password, mt_*), plus our password and the client's real address, user agent and our
   * identity. bttrack aggregators ignore the extra parameters.
   */
  String forwardedQuery(String clientQuery, String clientIp, String userAgent, String identity) {
    StringBuilder q = new StringBuilder(clientQuery.length() + 128);
    for (String part : clientQuery.split("&")) {
      if (part.isEmpty() || part.startsWith("password=") || part.startsWith("mt_")) {
        continue;
      }
      if (q.length() > 0) {
        q.append('&');
      }
      q.append(part);
    }
    if (!password.isEmpty()) {
      q.append("&password=").append(encode(password));
    }
    q.append("&mt_ip=").append(encode(clientIp));
    q.append("&mt_tracker=").append(encode(identity));
    if (userAgent != null) {
      q.append("&mt_ua=").append(encode(userAgent.length() > 255 ? userAgent.substring(0, 255) : userAgent));
    }
    return q.toString();
  }

  URI forwardUri(String forwardedQuery) {
    String base = url.toString();
    return URI.create(base + (base.indexOf('?') < 0 ? '?' : '&') + forwardedQuery);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
