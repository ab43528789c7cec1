package org.multitracker.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "1.2.3.4",
        "255.255.255.255",
        "::",
        "::1",
        "1::",
        "2001:db8::1",
        "2001:DB8:0:0:0:0:0:1",
        "[2001:db8::1]",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "::1.2.3.4",
        "64:ff9b::192.0.2.33",
        "1:2:3:4:5:6:1.2.3.4",
        "fe80::1:2",
        "::ffff:1.2.3.4",
        "::FFFF:0102:0304"
      })
  void parsesLiteralsLikeTheJdk(String literal) throws UnknownHostException {
    // Safe: every input here is a literal, so the JDK does no lookup either.
    byte[] expected = InetAddress.getByName(literal).getAddress();

    assertThat(IpAddresses.parseLiteral(literal)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost",
        "example.com",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.256",
        "1.2.3.-4",
        "01.2.3.4",
        "1.2.3.4 ",
        " 1.2.3.4",
        "1..3.4",
        "1.2.3.",
        "1.2.3.4/8",
        "1234.1.1.1",
        "[1.2.3.4]",
        "[::1",
        "::1]",
        "[]",
        ":",
        ":::",
        "1:::2",
        "1::2::3",
        ":1::",
        "::1:",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8::",
        "::1:2:3:4:5:6:7:8",
        "12345::",
        "g::1",
        "fe80::1%eth0",
        "fe80::1%1",
        "1.2.3.4::",
        "::1.2.3.4:5",
        "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3",
        "\uff11.2.3.4"
      })
  void rejectsNonLiterals(String text) {
    assertThat(IpAddresses.parseLiteral(text)).isNull();
  }

  @Test
  void rejectsNull() {
    assertThat(IpAddresses.parseLiteral(null)).isNull();
  }

  @Test
  void normalisesMappedAddressesToIpv4() {
    assertThat(IpAddresses.parseLiteral("::ffff:10.0.0.1")).containsExactly(10, 0, 0, 1);
    assertThat(IpAddresses.parseLiteral("[::ffff:a00:1]")).containsExactly(10, 0, 0, 1);
  }

  @Test
  void keepsIpv4CompatibleAddressesAsIpv6() {
    assertThat(IpAddresses.parseLiteral("::10.0.0.1")).hasSize(16);
  }

  @ParameterizedTest
  @CsvSource({
    "1.2.3.4,1.2.3.4",
    "0.0.0.0,0.0.0.0",
    "255.255.255.255,255.255.255.255",
    "2001:DB8:0:0:0:0:0:1,2001:db8::1",
    "2001:db8:0:0:1:0:0:1,2001:db8::1:0:0:1",
    "2001:0:0:1:0:0:0:1,2001:0:0:1::1",
    "2001:db8:0:1:1:1:1:1,2001:db8:0:1:1:1:1:1",
    "0:0:0:0:0:0:0:0,::",
    "0:0:0:0:0:0:0:1,::1",
    "1:0:0:0:0:0:0:0,1::",
    "fe80:0:0:0:0:0:0:0,fe80::",
    "0:0:1:0:0:0:0:0,0:0:1::",
    "1:0:0:2:0:0:3:4,1::2:0:0:3:4"
  })
  void formatsPerRfc5952(String literal, String expected) {
    assertThat(IpAddresses.format(IpAddresses.parseLiteral(literal))).isEqualTo(expected);
  }

  @Test
  void formatsRawMappedAddressesInDottedForm() {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = (byte) 192;
    mapped[15] = 1;

    assertThat(IpAddresses.format(mapped)).isEqualTo("::ffff:192.0.0.1");
  }

  @Test
  void rejectsByteArraysOfOtherLengths() {
    assertThatThrownBy(() -> IpAddresses.format(new byte[5]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IpAddresses.isLocal(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    // address, local, public
    "127.0.0.1,true,false",
    "127.255.255.255,true,false",
    "10.1.2.3,true,false",
    "172.15.255.255,false,true",
    "172.16.0.0,true,false",
    "172.31.255.255,true,false",
    "172.32.0.0,false,true",
    "192.168.1.1,true,false",
    "192.169.0.1,false,true",
    "169.254.0.1,true,false",
    "100.63.255.255,false,true",
    "100.64.0.0,true,false",
    "100.127.255.255,true,false",
    "100.128.0.0,false,true",
    "0.0.0.0,true,false",
    "0.1.2.3,true,false",
    "8.8.8.8,false,true",
    "223.255.255.255,false,true",
    "224.0.0.1,false,false",
    "239.255.255.255,false,false",
    "240.0.0.1,false,false",
    "255.255.255.255,false,false",
    "::1,true,false",
    "::,false,false",
    "fc00::1,true,false",
    "fdff::1,true,false",
    "fe80::1,true,false",
    "febf::1,true,false",
    "fec0::1,false,true",
    "ff02::1,false,false",
    "2001:db8::1,false,true",
    "2a00:1450::1,false,true",
    "::ffff:10.0.0.1,true,false",
    "::ffff:8.8.8.8,false,true"
  })
  void classifiesAddresses(String literal, boolean local, boolean isPublic) {
    byte[] ip = IpAddresses.parseLiteral(literal);

    assertThat(IpAddresses.isLocal(ip)).as("local").isEqualTo(local);
    assertThat(IpAddresses.isPublic(ip)).as("public").isEqualTo(isPublic);
  }

  @Test
  void classifiesRawMappedAddressesByTheirIpv4Part() {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = (byte) 192;
    mapped[13] = (byte) 168;

    assertThat(IpAddresses.isLocal(mapped)).isTrue();
  }
}
