package org.multitracker.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.network.SpecialPurposeAddresses.Block;

class SpecialPurposeAddressesTest {

  static Stream<Block> everyBlock() {
    return Stream.concat(
        SpecialPurposeAddresses.IPV4.stream(), SpecialPurposeAddresses.IPV6.stream());
  }

  private static boolean global(String literal) {
    byte[] ip = IpAddresses.parseLiteral(literal);
    assertThat(ip).as(literal).isNotNull();
    return SpecialPurposeAddresses.isGlobalUnicast(ip);
  }

  /** The first or last address of a block, in its own family. */
  private static byte[] bound(Block block, boolean last) {
    IpPrefix p = IpPrefix.parse(block.prefix());
    byte[] key = HexFormat.of().parseHex(last ? p.lastKey() : p.firstKey());
    return block.prefix().contains(":") ? key : Arrays.copyOfRange(key, 12, 16);
  }

  @ParameterizedTest
  @MethodSource("everyBlock")
  void refusesTheFirstAndLastAddressOfEveryRegistryBlock(Block block) {
    assertThat(SpecialPurposeAddresses.isGlobalUnicast(bound(block, false)))
        .as("first of %s %s", block.prefix(), block.name())
        .isFalse();
    assertThat(SpecialPurposeAddresses.isGlobalUnicast(bound(block, true)))
        .as("last of %s %s", block.prefix(), block.name())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the forms issue 13 found passing
        "::7f00:1",
        "::a9fe:a9fe",
        "::ffff:0:7f00:1",
        "64:ff9b::a9fe:a9fe",
        "2002:a9fe:a9fe::",
        "fec0::1",
        "100::1",
        "2001:db8::1",
        "192.0.0.1",
        "192.0.2.1",
        "198.18.0.1",
        "198.19.255.255",
        "198.51.100.7",
        "203.0.113.9",
        "192.88.99.1",
        // the same embedded-address tricks with other inside addresses
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "64:ff9b::10.1.2.3",
        "64:ff9b::192.168.0.1",
        "2002:7f00:1::",
        "2002:c0a8:101:1::1",
        // Teredo: server 127.0.0.1, or client 10.0.0.1 (stored inverted: f5ff:fffe)
        "2001:0:7f00:1::1",
        "2001:0:808:808:0:0:f5ff:fffe",
        // local-use NAT64 with 127.0.0.1 in the /96, the /64 and the /48 reading
        "64:ff9b:1::7f00:1",
        "64:ff9b:1:0:7f:0:1:0",
        "64:ff9b:1:7f00:0:100::",
        // outside 2000::/3 or otherwise not unicast
        "4000::1",
        "ff02::1",
        "fd00::1",
        "fe80::1",
        "::",
        "::1",
        "e000::1",
        // boundaries of blocks inside 2000::/3
        "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff",
        "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff",
        "2620:4f:8000:ffff:ffff:ffff:ffff:ffff"
      })
  void refusesWhatIsNotGlobalUnicast(String literal) {
    assertThat(global(literal)).as(literal).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "1.1.1.1",
        "93.184.216.34",
        "9.255.255.255",
        "11.0.0.0",
        "100.63.255.255",
        "100.128.0.0",
        "169.253.255.255",
        "172.15.255.255",
        "172.32.0.0",
        "192.0.1.1",
        "192.0.3.0",
        "192.88.98.255",
        "192.88.100.0",
        "198.17.255.255",
        "198.20.0.0",
        "198.51.99.255",
        "203.0.112.255",
        "203.0.114.0",
        "223.255.255.255",
        "2001:4860:4860::8888",
        "2606:4700:4700::1111",
        "2a00:1450:4001:82b::200e",
        "2001:200::1",
        "2620:4f:7fff:ffff:ffff:ffff:ffff:ffff",
        "2620:4f:8001::",
        "3fff:1000::",
        "2c0f:fb50:4003::1",
        // embedded global IPv4 addresses pass
        "64:ff9b::8.8.8.8",
        "2002:808:808::1",
        "::ffff:1.1.1.1",
        "2001:0:808:808:0:0:f7f7:f7f7" // Teredo, server 8.8.8.8, client 8.8.8.8
      })
  void letsRealGlobalAddressesThrough(String literal) {
    assertThat(global(literal)).as(literal).isTrue();
  }

  @Test
  void judgesLocalNat64ByEveryPrefixLengthItMayUse() {
    // 8.8.8.8 as /96 but 0.0.0.0 as /48 and /56: refused, because any reading may be in use.
    assertThat(global("64:ff9b:1::808:808")).isFalse();
    assertThat(global("64:ff9b:1:808:8:808:808:808")).isTrue();
  }
}
