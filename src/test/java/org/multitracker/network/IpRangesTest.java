package org.multitracker.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangesTest {

  private static boolean contains(IpRanges ranges, String literal) {
    byte[] ip = IpAddresses.parseLiteral(literal);
    assertThat(ip).as(literal).isNotNull();
    return ranges.contains(ip);
  }

  @Test
  void emptyContainsNothing() {
    assertThat(IpRanges.empty().isEmpty()).isTrue();
    assertThat(contains(IpRanges.empty(), "1.2.3.4")).isFalse();
    assertThat(contains(IpRanges.empty(), "::1")).isFalse();
  }

  @Test
  void slashZeroCoversTheWholeFamily() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("0.0.0.0/0"));

    assertThat(contains(ranges, "0.0.0.0")).isTrue();
    assertThat(contains(ranges, "128.0.0.0")).isTrue();
    assertThat(contains(ranges, "255.255.255.255")).isTrue();
    assertThat(contains(ranges, "::1")).isFalse();
  }

  @Test
  void slashEightStopsAtItsBoundaries() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("10.0.0.0/8"));

    assertThat(contains(ranges, "9.255.255.255")).isFalse();
    assertThat(contains(ranges, "10.0.0.0")).isTrue();
    assertThat(contains(ranges, "10.255.255.255")).isTrue();
    assertThat(contains(ranges, "11.0.0.0")).isFalse();
  }

  @Test
  void slashThirtyTwoAndBareAddressesMatchOneAddress() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("1.2.3.4/32", "5.6.7.8"));

    assertThat(contains(ranges, "1.2.3.4")).isTrue();
    assertThat(contains(ranges, "1.2.3.3")).isFalse();
    assertThat(contains(ranges, "1.2.3.5")).isFalse();
    assertThat(contains(ranges, "5.6.7.8")).isTrue();
    assertThat(contains(ranges, "5.6.7.9")).isFalse();
  }

  @Test
  void masksHostBitsOfASubnet() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("192.168.1.77/24"));

    assertThat(contains(ranges, "192.168.1.0")).isTrue();
    assertThat(contains(ranges, "192.168.1.255")).isTrue();
    assertThat(contains(ranges, "192.168.2.0")).isFalse();
  }

  @Test
  void handlesIpv6Subnets() {
    IpRanges ranges =
        IpRanges.parseSubnets(List.of("2001:db8::/32", "::1/128", "fe80::/10", "2a00::/64"));

    assertThat(contains(ranges, "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")).isFalse();
    assertThat(contains(ranges, "2001:db8::")).isTrue();
    assertThat(contains(ranges, "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
    assertThat(contains(ranges, "2001:db9::")).isFalse();
    assertThat(contains(ranges, "::1")).isTrue();
    assertThat(contains(ranges, "::2")).isFalse();
    assertThat(contains(ranges, "febf:ffff::1")).isTrue();
    assertThat(contains(ranges, "fec0::")).isFalse();
    assertThat(contains(ranges, "2a00::ffff:ffff:ffff:ffff")).isTrue();
    assertThat(contains(ranges, "2a00:0:0:1::")).isFalse();
    assertThat(contains(ranges, "1.2.3.4")).isFalse();
  }

  @Test
  void ipv6SlashZeroAndSlashOneTwentyEight() {
    IpRanges all = IpRanges.parseSubnets(List.of("::/0"));
    IpRanges one = IpRanges.parseSubnets(List.of("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"));

    assertThat(contains(all, "::")).isTrue();
    assertThat(contains(all, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
    assertThat(contains(all, "8000::")).isTrue();
    assertThat(contains(one, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
    assertThat(contains(one, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe")).isFalse();
  }

  @Test
  void findsMappedAddressesInIpv4Ranges() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("10.0.0.0/8"));
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 10;

    assertThat(ranges.contains(mapped)).isTrue();
  }

  @Test
  void readsMappedSubnetsAsIpv4() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("::ffff:10.0.0.0/104"));

    assertThat(contains(ranges, "10.200.0.1")).isTrue();
    assertThat(contains(ranges, "11.0.0.1")).isFalse();
    assertThatThrownBy(() -> IpRanges.parseSubnets(List.of("::ffff:10.0.0.0/95")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skipsBlankLinesAndComments() {
    IpRanges ranges = IpRanges.parseSubnets(List.of("", "   ", "# 1.2.3.4", "  5.6.7.8/32  "));

    assertThat(ranges.rangeCount()).isEqualTo(1);
    assertThat(contains(ranges, "1.2.3.4")).isFalse();
    assertThat(contains(ranges, "5.6.7.8")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3.4/33",
        "::/129",
        "1.2.3.4/",
        "1.2.3.4/-1",
        "1.2.3.4/+8",
        "1.2.3.4/8/8",
        "1.2.3.0/0024",
        "1.2.3.4-1.2.3.5",
        "host.example.com",
        "1.2.3.x/24"
      })
  void rejectsMalformedSubnetsNamingTheLine(String bad) {
    assertThatThrownBy(() -> IpRanges.parseSubnets(List.of("# header", "10.0.0.0/8", bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3: ")
        .hasMessageContaining(bad);
  }

  @Test
  void readsCommentedRanges() {
    IpRanges ranges =
        IpRanges.parseRanges(
            List.of(
                "Some Org:1.2.3.0-1.2.3.255",
                "Time: 12:30 block-list:5.0.0.0-5.0.0.9",
                "spaced : 6.0.0.1 - 6.0.0.2"));

    assertThat(contains(ranges, "1.2.2.255")).isFalse();
    assertThat(contains(ranges, "1.2.3.0")).isTrue();
    assertThat(contains(ranges, "1.2.3.255")).isTrue();
    assertThat(contains(ranges, "1.2.4.0")).isFalse();
    assertThat(contains(ranges, "5.0.0.9")).isTrue();
    assertThat(contains(ranges, "5.0.0.10")).isFalse();
    assertThat(contains(ranges, "6.0.0.2")).isTrue();
  }

  @Test
  void readsIpv6RangesBehindCommentsWithColons() {
    IpRanges ranges =
        IpRanges.parseRanges(
            List.of(
                "Org: x:y:2001:db8::10-2001:db8::20",
                "2001:db8:1::-2001:db8:1::ff",
                "x::y:[2001:db8:2::1]-[2001:db8:2::2]"));

    assertThat(contains(ranges, "2001:db8::f")).isFalse();
    assertThat(contains(ranges, "2001:db8::10")).isTrue();
    assertThat(contains(ranges, "2001:db8::20")).isTrue();
    assertThat(contains(ranges, "2001:db8::21")).isFalse();
    assertThat(contains(ranges, "2001:db8:1::80")).isTrue();
    assertThat(contains(ranges, "2001:db8:2::2")).isTrue();
    assertThat(contains(ranges, "2001:db8:2::3")).isFalse();
  }

  @Test
  void acceptsBareAddressesAndSubnetsInRangeLists() {
    IpRanges ranges =
        IpRanges.parseRanges(List.of("1.2.3.4", "Label:10.0.0.0/8", "2001:db8::/32", "::1"));

    assertThat(contains(ranges, "1.2.3.4")).isTrue();
    assertThat(contains(ranges, "10.9.9.9")).isTrue();
    assertThat(contains(ranges, "2001:db8::5")).isTrue();
    assertThat(contains(ranges, "::1")).isTrue();
    assertThat(contains(ranges, "::2")).isFalse();
  }

  @Test
  void mergesOverlappingAndAdjacentRanges() {
    IpRanges ranges =
        IpRanges.parseRanges(
            List.of(
                "a:1.0.0.10-1.0.0.20",
                "b:1.0.0.15-1.0.0.30",
                "c:1.0.0.31-1.0.0.40",
                "d:1.0.0.12-1.0.0.13",
                "e:1.0.0.50-1.0.0.60",
                "2001:db8::1-2001:db8::5",
                "2001:db8::3-2001:db8::9",
                "2001:db8::a-2001:db8::b",
                "2001:db8::ff-2001:db8::ff"));

    assertThat(ranges.rangeCount()).isEqualTo(4);
    assertThat(contains(ranges, "1.0.0.9")).isFalse();
    assertThat(contains(ranges, "1.0.0.25")).isTrue();
    assertThat(contains(ranges, "1.0.0.40")).isTrue();
    assertThat(contains(ranges, "1.0.0.41")).isFalse();
    assertThat(contains(ranges, "1.0.0.55")).isTrue();
    assertThat(contains(ranges, "2001:db8::b")).isTrue();
    assertThat(contains(ranges, "2001:db8::c")).isFalse();
  }

  @Test
  void mergesRangesAcrossTheIpv6HalfBoundary() {
    IpRanges ranges =
        IpRanges.parseRanges(List.of("1::-1:0:0:0:ffff:ffff:ffff:ffff", "1:0:0:1::-1:0:0:1::5"));

    assertThat(ranges.rangeCount()).isEqualTo(1);
    assertThat(contains(ranges, "1:0:0:1::5")).isTrue();
  }

  @Test
  void handlesTheTopOfBothAddressSpaces() {
    IpRanges ranges =
        IpRanges.parseRanges(
            List.of(
                "255.255.255.0-255.255.255.255",
                "ffff::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "ffff::-ffff::1"));

    assertThat(contains(ranges, "255.255.255.255")).isTrue();
    assertThat(contains(ranges, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).isTrue();
    assertThat(contains(ranges, "fffe::")).isFalse();
    assertThat(ranges.rangeCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3.4-",
        "-1.2.3.4",
        "1.2.3.9-1.2.3.4",
        "1.2.3.4-::1",
        "1.2.3.4-1.2.3.5-1.2.3.6",
        "comment only",
        "comment:",
        "x:1.2.3.4-1.2.3.256",
        "2001:db8::9-2001:db8::1"
      })
  void rejectsMalformedRangesNamingTheLine(String bad) {
    assertThatThrownBy(() -> IpRanges.parseRanges(List.of("1.1.1.1", "", bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3: ")
        .hasMessageContaining(bad);
  }

  @Test
  void reportsWhyARangeIsRejected() {
    assertThatThrownBy(() -> IpRanges.parseRanges(List.of("x:2001:db8::9-2001:db8::1")))
        .hasMessageStartingWith("line 1: range ends before it starts");
    assertThatThrownBy(() -> IpRanges.parseRanges(List.of("1.2.3.4-::1")))
        .hasMessageStartingWith("line 1: range mixes IPv4 and IPv6");
    assertThatThrownBy(() -> IpRanges.parseSubnets(List.of("2001:db8::/129")))
        .hasMessageStartingWith("line 1: bad prefix length");
  }

  @Test
  void readsAHexLookingCommentAsPartOfTheAddress() {
    // Documented ambiguity: "cafe:2001:db8::1" is itself a valid IPv6 address.
    IpRanges ranges = IpRanges.parseRanges(List.of("cafe:2001:db8::1"));

    assertThat(contains(ranges, "cafe:2001:db8::1")).isTrue();
    assertThat(contains(ranges, "2001:db8::1")).isFalse();
  }

  @Test
  void truncatesVeryLongLinesInErrors() {
    String bad = "z".repeat(10_000);

    assertThatThrownBy(() -> IpRanges.parseRanges(List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 1: ")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void rejectsByteArraysOfOtherLengths() {
    assertThatThrownBy(() -> IpRanges.empty().contains(new byte[6]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buildsAHundredThousandLineList() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      int a = i * 7919 % 250 + 1;
      int b = i / 250 % 256;
      int c = i % 256;
      if (i % 10 == 0) {
        String group = Integer.toHexString(i / 10);
        lines.add("entry " + i + ":2001:db8:" + group + "::-2001:db8:" + group + "::ffff");
      } else {
        lines.add(
            "entry " + i + ":" + a + "." + b + "." + c + ".0-" + a + "." + b + "." + c + ".127");
      }
    }

    IpRanges ranges = IpRanges.parseRanges(lines);

    assertThat(ranges.isEmpty()).isFalse();
    assertThat(contains(ranges, "2001:db8:a::ff")).isTrue();
    assertThat(contains(ranges, "2001:db8:a::1:0")).isFalse();
    assertThat(contains(ranges, "2001:db8:ffff::ff")).isFalse();
    int a = 1 * 7919 % 250 + 1;
    assertThat(contains(ranges, a + ".0.1.64")).isTrue();
    assertThat(contains(ranges, a + ".0.1.128")).isFalse();
  }
}
