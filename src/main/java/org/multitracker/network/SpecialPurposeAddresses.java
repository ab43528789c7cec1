package org.multitracker.network;

import java.util.List;
import java.util.stream.Stream;

/**
 * Global unicast, judged by the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and
 * its successors) and the IANA address-space registries. Every registry block is refused, including
 * the few the registries call globally reachable (AS112, AMT, PCP and TURN anycast, ORCHIDv2,
 * DETs): they are network infrastructure, never a tracker. IPv6 outside 2000::/3 is not global
 * unicast. IPv6 forms that carry an IPv4 address are judged by that address, so that a NAT64, 6to4
 * or mapped spelling of 127.0.0.1 or 169.254.169.254 is refused like the original.
 */
public final class SpecialPurposeAddresses {

  /** How a block is judged. */
  enum Rule {
    /** Never global unicast. */
    REFUSED,
    /** Global exactly when the IPv4 address(es) it carries are. */
    EMBEDS_IPV4
  }

  /** One registry entry (or address-space block), as written in the registry. */
  record Block(String prefix, String name, Rule rule) {
    Block(String prefix, String name) {
      this(prefix, name, Rule.REFUSED);
    }
  }

  static final List<Block> IPV4 =
      List.of(
          new Block("0.0.0.0/8", "\"This network\" (RFC 791)"),
          new Block("0.0.0.0/32", "\"This host on this network\" (RFC 1122)"),
          new Block("10.0.0.0/8", "Private-Use (RFC 1918)"),
          new Block("100.64.0.0/10", "Shared Address Space (RFC 6598)"),
          new Block("127.0.0.0/8", "Loopback (RFC 1122)"),
          new Block("169.254.0.0/16", "Link Local (RFC 3927)"),
          new Block("172.16.0.0/12", "Private-Use (RFC 1918)"),
          new Block("192.0.0.0/24", "IETF Protocol Assignments (RFC 6890)"),
          new Block("192.0.0.0/29", "IPv4 Service Continuity Prefix (RFC 7335)"),
          new Block("192.0.0.8/32", "IPv4 dummy address (RFC 7600)"),
          new Block("192.0.0.9/32", "Port Control Protocol Anycast (RFC 7723)"),
          new Block("192.0.0.10/32", "Traversal Using Relays around NAT Anycast (RFC 8155)"),
          new Block("192.0.0.170/32", "NAT64/DNS64 Discovery (RFC 8880)"),
          new Block("192.0.0.171/32", "NAT64/DNS64 Discovery (RFC 8880)"),
          new Block("192.0.2.0/24", "Documentation (TEST-NET-1) (RFC 5737)"),
          new Block("192.31.196.0/24", "AS112-v4 (RFC 7535)"),
          new Block("192.52.193.0/24", "AMT (RFC 7450)"),
          new Block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast) (RFC 7526)"),
          new Block("192.88.99.2/32", "6a44-relay anycast address (RFC 6751)"),
          new Block("192.168.0.0/16", "Private-Use (RFC 1918)"),
          new Block("192.175.48.0/24", "Direct Delegation AS112 Service (RFC 7534)"),
          new Block("198.18.0.0/15", "Benchmarking (RFC 2544)"),
          new Block("198.51.100.0/24", "Documentation (TEST-NET-2) (RFC 5737)"),
          new Block("203.0.113.0/24", "Documentation (TEST-NET-3) (RFC 5737)"),
          new Block("224.0.0.0/4", "Multicast (IPv4 address space registry): not unicast"),
          new Block("240.0.0.0/4", "Reserved (RFC 1112)"),
          new Block("255.255.255.255/32", "Limited Broadcast (RFC 919)"));

  static final List<Block> IPV6 =
      List.of(
          new Block("::1/128", "Loopback Address (RFC 4291)"),
          new Block("::/128", "Unspecified Address (RFC 4291)"),
          new Block("::/96", "IPv4-compatible, deprecated (RFC 4291)", Rule.EMBEDS_IPV4),
          new Block("::ffff:0:0/96", "IPv4-mapped Address (RFC 4291)", Rule.EMBEDS_IPV4),
          new Block("::ffff:0:0:0/96", "IPv4-translated (RFC 2765)", Rule.EMBEDS_IPV4),
          new Block("64:ff9b::/96", "IPv4-IPv6 Translat. (RFC 6052)", Rule.EMBEDS_IPV4),
          new Block(
              "64:ff9b:1::/48", "IPv4-IPv6 Translat., local use (RFC 8215)", Rule.EMBEDS_IPV4),
          new Block("100::/64", "Discard-Only Address Block (RFC 6666)"),
          new Block("100:0:0:1::/64", "Dummy IPv6 Prefix (RFC 9780)"),
          new Block("2001::/23", "IETF Protocol Assignments (RFC 2928)"),
          new Block("2001::/32", "TEREDO (RFC 4380)", Rule.EMBEDS_IPV4),
          new Block("2001:1::1/128", "Port Control Protocol Anycast (RFC 7723)"),
          new Block("2001:1::2/128", "Traversal Using Relays around NAT Anycast (RFC 8155)"),
          new Block("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast (RFC 9665)"),
          new Block("2001:2::/48", "Benchmarking (RFC 5180)"),
          new Block("2001:3::/32", "AMT (RFC 7450)"),
          new Block("2001:4:112::/48", "AS112-v6 (RFC 7535)"),
          new Block("2001:10::/28", "Deprecated, previously ORCHID (RFC 4843)"),
          new Block("2001:20::/28", "ORCHIDv2 (RFC 7343)"),
          new Block("2001:30::/28", "Drone Remote ID Protocol Entity Tags (RFC 9374)"),
          new Block("2001:db8::/32", "Documentation (RFC 3849)"),
          new Block("2002::/16", "6to4 (RFC 3056)", Rule.EMBEDS_IPV4),
          new Block("2620:4f:8000::/48", "Direct Delegation AS112 Service (RFC 7534)"),
          new Block("3fff::/20", "Documentation (RFC 9637)"),
          new Block("5f00::/16", "Segment Routing (SRv6) SIDs (RFC 9602)"),
          new Block("fc00::/7", "Unique-Local (RFC 4193)"),
          new Block("fe80::/10", "Link-Local Unicast (RFC 4291)"),
          new Block("fec0::/10", "Site-local, deprecated (RFC 3879)"),
          new Block("ff00::/8", "Multicast (RFC 4291): not unicast"));

  private static final IpRanges REFUSED =
      IpRanges.parseSubnets(
          Stream.concat(IPV4.stream(), IPV6.stream())
              .filter(b -> b.rule() == Rule.REFUSED)
              .map(Block::prefix)
              .toList());

  private SpecialPurposeAddresses() {}

  /** Whether {@code ip} (4 or 16 bytes) is a global unicast address that may be contacted. */
  public static boolean isGlobalUnicast(byte[] ip) {
    if (ip.length == 4) {
      return !REFUSED.contains(ip);
    }
    if (ip.length != 16) {
      throw new IllegalArgumentException("not an IP address: " + ip.length + " bytes");
    }
    byte[][] embedded = EmbeddedIpv4.of(ip);
    if (embedded != null) {
      for (byte[] v4 : embedded) {
        if (REFUSED.contains(v4)) {
          return false;
        }
      }
      return true;
    }
    return (ip[0] & 0xe0) == 0x20 && !REFUSED.contains(ip); // 2000::/3, IANA's unicast space
  }
}
