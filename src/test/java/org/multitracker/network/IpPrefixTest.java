package org.multitracker.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpPrefixTest {

  @Test
  void keysIpv4AsMappedIpv6InFixedWidthLowercaseHex() {
    assertThat(IpKey.ofLiteral("10.0.0.1")).isEqualTo("00000000000000000000ffff0a000001");
    assertThat(IpKey.ofLiteral("::ffff:10.0.0.1")).isEqualTo("00000000000000000000ffff0a000001");
    assertThat(IpKey.ofLiteral("2001:DB8::1")).isEqualTo("20010db8000000000000000000000001");
    assertThat(IpKey.ofLiteral("not an address")).isNull();
  }

  @Test
  void keysOrderAsAddresses() {
    assertThat(IpKey.ofLiteral("9.255.255.255")).isLessThan(IpKey.ofLiteral("10.0.0.0"));
    assertThat(IpKey.ofLiteral("255.255.255.255")).isLessThan(IpKey.ofLiteral("2001:db8::"));
    assertThat(IpKey.ofLiteral("::1")).isLessThan(IpKey.ofLiteral("1.0.0.0"));
  }

  @Test
  void ipv4SubnetIsAMappedKeyRange() {
    IpPrefix p = IpPrefix.parse("10.0.0.0/8");
    assertThat(p.firstKey()).isEqualTo("00000000000000000000ffff0a000000");
    assertThat(p.lastKey()).isEqualTo("00000000000000000000ffff0affffff");
    assertThat(p.isSingleAddress()).isFalse();
  }

  @Test
  void hostBitsBelowThePrefixAreIgnored() {
    assertThat(IpPrefix.parse("10.1.2.3/8")).isEqualTo(IpPrefix.parse("10.0.0.0/8"));
  }

  @Test
  void ipv6Subnet() {
    IpPrefix p = IpPrefix.parse("2001:db8::/32");
    assertThat(p.firstKey()).isEqualTo("20010db8000000000000000000000000");
    assertThat(p.lastKey()).isEqualTo("20010db8ffffffffffffffffffffffff");
    IpPrefix odd = IpPrefix.parse("2001:db8::/33");
    assertThat(odd.lastKey()).isEqualTo("20010db87fffffffffffffffffffffff");
  }

  @Test
  void singleAddressesAndWholeFamilies() {
    assertThat(IpPrefix.parse("192.0.2.1").isSingleAddress()).isTrue();
    assertThat(IpPrefix.parse("::1/128").isSingleAddress()).isTrue();
    assertThat(IpPrefix.parse("0.0.0.0/0").lastKey()).isEqualTo("00000000000000000000ffffffffffff");
    assertThat(IpPrefix.parse("::/0").lastKey()).isEqualTo("f".repeat(32));
    assertThat(IpPrefix.parse("::ffff:0:0/96")).isEqualTo(IpPrefix.parse("0.0.0.0/0"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.0.0.0/33",
        "2001:db8::/129",
        "10.0.0.0/",
        "10.0.0.0/-1",
        "10.0.0.0/8/8",
        "10.0.0/8",
        "host.example",
        "10.0.0.0/0008",
        "1.2.3.4 ",
        "[::1]/64x",
        "010.0.0.1"
      })
  void refusesWhatIsNotAnAddressOrSubnet(String text) {
    assertThatThrownBy(() -> IpPrefix.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
