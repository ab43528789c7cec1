package org.multitracker.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.multitracker.network.IpAddresses;
import org.multitracker.wire.ClientAddress;

/**
 * The address a login comes from, for its backoff: the connection, or X-Forwarded-For when the
 * connection is our own intranet proxy (the announce path's rule), so that behind a proxy one
 * guesser does not lock every operator out.
 */
final class LoginAddress {
  private static final byte[] UNKNOWN = new byte[4];

  private LoginAddress() {}

  static byte[] of(HttpServletRequest req) {
    byte[] connection = IpAddresses.parseLiteral(req.getRemoteAddr());
    if (connection == null) {
      return UNKNOWN;
    }
    return ClientAddress.resolve(connection, req.getHeader("X-Forwarded-For"), null, true)
        .sourceIp();
  }
}
