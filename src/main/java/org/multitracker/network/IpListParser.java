package org.multitracker.network;

import java.util.List;

/** The line formats of BitTornado's {@code allowed_ips} and {@code banned_ips} files. */
final class IpListParser {

  private static final int MAX_QUOTED_LENGTH = 120;

  private IpListParser() {}

  /** What became of one entry; anything but ADDED and NO_MATCH names a problem to report. */
  private enum Outcome {
    ADDED(null),
    NO_MATCH("not an address, subnet or range"),
    BAD_PREFIX_LENGTH("bad prefix length"),
    MIXED_FAMILIES("range mixes IPv4 and IPv6"),
    REVERSED("range ends before it starts");

    final String problem;

    Outcome(String problem) {
      this.problem = problem;
    }
  }

  static IpRanges parseSubnets(List<String> lines) {
    IpRanges.Builder builder = new IpRanges.Builder();
    int number = 0;
    for (String line : lines) {
      number++;
      String text = line.strip();
      if (isSkipped(text)) {
        continue;
      }
      Outcome outcome = addSubnet(text, builder);
      if (outcome != Outcome.ADDED) {
        throw malformed(number, line, outcome);
      }
    }
    return builder.build();
  }

  static IpRanges parseRanges(List<String> lines) {
    IpRanges.Builder builder = new IpRanges.Builder();
    int number = 0;
    for (String line : lines) {
      number++;
      String text = line.strip();
      if (isSkipped(text)) {
        continue;
      }
      // An optional comment precedes the entry, and both may contain ':' (IPv6). Trying the whole
      // line, then the rest after each ':' from the left, takes the longest tail shaped like an
      // entry; that tail must then be valid, so a reversed IPv6 range is reported rather than
      // read as some shorter tail. A comment ending in hex digits, like "cafe:2001:db8::1", is
      // inherently ambiguous and is read as part of the address.
      Outcome outcome = addEntry(text, builder);
      for (int colon = text.indexOf(':');
          outcome == Outcome.NO_MATCH && colon >= 0;
          colon = text.indexOf(':', colon + 1)) {
        outcome = addEntry(text.substring(colon + 1).strip(), builder);
      }
      if (outcome != Outcome.ADDED) {
        throw malformed(number, line, outcome);
      }
    }
    return builder.build();
  }

  private static boolean isSkipped(String text) {
    return text.isEmpty() || text.charAt(0) == '#';
  }

  /** Adds a {@code first-last} range, a subnet or a single address. */
  private static Outcome addEntry(String text, IpRanges.Builder builder) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return addSubnet(text, builder);
    }
    if (text.indexOf('-', dash + 1) >= 0) {
      return Outcome.NO_MATCH;
    }
    byte[] first = IpAddresses.parseLiteral(text.substring(0, dash).strip());
    byte[] last = IpAddresses.parseLiteral(text.substring(dash + 1).strip());
    if (first == null || last == null) {
      return Outcome.NO_MATCH;
    }
    if (first.length != last.length) {
      return Outcome.MIXED_FAMILIES;
    }
    if (first.length == 4) {
      long start = IpRanges.v4(first, 0);
      long end = IpRanges.v4(last, 0);
      if (start > end) {
        return Outcome.REVERSED;
      }
      builder.addV4(start, end);
      return Outcome.ADDED;
    }
    long startHi = IpRanges.half(first, 0);
    long startLo = IpRanges.half(first, 8);
    long endHi = IpRanges.half(last, 0);
    long endLo = IpRanges.half(last, 8);
    if (IpRanges.compare(startHi, startLo, endHi, endLo) > 0) {
      return Outcome.REVERSED;
    }
    builder.addV6(startHi, startLo, endHi, endLo);
    return Outcome.ADDED;
  }

  /** Adds {@code address/length} or a bare address. */
  private static Outcome addSubnet(String text, IpRanges.Builder builder) {
    int slash = text.indexOf('/');
    String addressText = slash < 0 ? text : text.substring(0, slash);
    byte[] address = IpAddresses.parseLiteral(addressText);
    if (address == null) {
      return Outcome.NO_MATCH;
    }
    int bits = address.length * 8;
    int length = bits;
    if (slash >= 0) {
      length = parsePrefixLength(text.substring(slash + 1));
      if (length >= 0 && addressText.indexOf(':') >= 0 && address.length == 4) {
        // An IPv4-mapped IPv6 subnet was normalised to IPv4: drop the 96 bits of mapping prefix.
        length = length < 96 ? -1 : length - 96;
      }
      if (length < 0 || length > bits) {
        return Outcome.BAD_PREFIX_LENGTH;
      }
    }
    if (address.length == 4) {
      long mask = length == 0 ? 0 : (0xffff_ffffL << (32 - length)) & 0xffff_ffffL;
      long start = IpRanges.v4(address, 0) & mask;
      builder.addV4(start, start | (~mask & 0xffff_ffffL));
      return Outcome.ADDED;
    }
    long hiMask = mask(Math.min(length, 64));
    long loMask = mask(Math.max(length - 64, 0));
    long startHi = IpRanges.half(address, 0) & hiMask;
    long startLo = IpRanges.half(address, 8) & loMask;
    builder.addV6(startHi, startLo, startHi | ~hiMask, startLo | ~loMask);
    return Outcome.ADDED;
  }

  /** The top {@code bits} of 64 set; Java shifts by 64 are no-ops, hence the special case. */
  private static long mask(int bits) {
    return bits == 0 ? 0 : -1L << (64 - bits);
  }

  private static int parsePrefixLength(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static IllegalArgumentException malformed(int number, String line, Outcome outcome) {
    String quoted =
        line.length() > MAX_QUOTED_LENGTH ? line.substring(0, MAX_QUOTED_LENGTH) + "..." : line;
    return new IllegalArgumentException(
        "line " + number + ": " + outcome.problem + ": '" + quoted + "'");
  }
}
