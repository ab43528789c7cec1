package org.multitracker.wire;

import java.nio.charset.StandardCharsets;
import org.multitracker.network.IpAddresses;

/**
 * Where an announce comes from and which address to hand out for it.
 *
 * @param sourceIp the client as we see it: the connection, or the proxy's X-Forwarded-For
 * @param ip the address given to other peers: sourceIp, or the honoured ip= parameter
 * @param local sourceIp is an intranet address (trusted for overrides, exempt from NAT checks)
 */
public record ClientAddress(byte[] sourceIp, byte[] ip, boolean local) {

  public boolean isIpv6() {
    return sourceIp.length == 16;
  }

  /**
   * Applies bttrack's only_local_override_ip rule to ip=: with the rule in force, only intranet
   * clients may name another address. X-Forwarded-For is believed only from an intranet connection
   * (our own reverse proxy), whatever the rule: bttrack believed it from anyone, which let a client
   * pose as another's address and stop its peer.
   */
  public static ClientAddress resolve(
      byte[] connection, String forwardedFor, byte[] ipParam, boolean restrictToLocal) {
    byte[] source = connection;
    if (forwardedFor != null && IpAddresses.isLocal(connection)) {
      byte[] forwarded = lastAddress(forwardedFor);
      if (forwarded != null) {
        source = forwarded;
      }
    }
    boolean local = IpAddresses.isLocal(source);
    byte[] ip = source;
    if (ipParam != null && (!restrictToLocal || local)) {
      byte[] given = IpAddresses.parseLiteral(latin1(ipParam));
      if (given != null) {
        ip = given;
      }
    }
    return new ClientAddress(source, ip, local);
  }

  /** The right-most address is the one our own proxy saw; the ones before it are hearsay. */
  private static byte[] lastAddress(String header) {
    int comma = header.lastIndexOf(',');
    String last = (comma < 0 ? header : header.substring(comma + 1)).trim();
    return last.length() > 64 ? null : IpAddresses.parseLiteral(last);
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1).trim();
  }
}
