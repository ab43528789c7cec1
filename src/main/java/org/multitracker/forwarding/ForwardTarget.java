package org.multitracker.forwarding;

import java.net.URI;
import java.net.URISyntaxException;
import org.multitracker.config.Secrets;
import org.multitracker.wire.RawQuery;

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
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + Secrets.url(url));
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("must be an http:// or https:// announce URL");
    }
    return new ForwardTarget(uri, password);
  }

  /** The forwarded query for a client's announce; see {@link ForwardedQuery}. */
  String forwardedQuery(RawQuery clientQuery, String clientIp, String userAgent, String identity) {
    return ForwardedQuery.build(clientQuery, password, clientIp, userAgent, identity);
  }

  URI forwardUri(String forwardedQuery) {
    String base = url.toString();
    return URI.create(base + (base.indexOf('?') < 0 ? '?' : '&') + forwardedQuery);
  }

  /** For logs: the URL without user info or query, and never the password. */
  @Override
  public String toString() {
    return Secrets.url(url.toString());
  }
}
