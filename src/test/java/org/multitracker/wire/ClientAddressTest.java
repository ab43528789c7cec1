package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private static final byte[] PUBLIC = {8, 8, 8, 8};
  private static final byte[] PROXY = {127, 0, 0, 1};

  private static byte[] ip(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void believesForwardedForOnlyFromAnIntranetConnection() {
    assertThat(ClientAddress.resolve(PROXY, "1.2.3.4, 5.6.7.8", null, true).sourceIp())
        .containsExactly(5, 6, 7, 8);
    assertThat(ClientAddress.resolve(PUBLIC, "5.6.7.8", null, false).sourceIp())
        .containsExactly(PUBLIC);
  }

  @Test
  void honoursIpParameterByTheOverrideRule() {
    assertThat(ClientAddress.resolve(PUBLIC, null, ip("9.9.9.9"), true).ip())
        .containsExactly(PUBLIC);
    assertThat(ClientAddress.resolve(PUBLIC, null, ip("9.9.9.9"), false).ip())
        .containsExactly(9, 9, 9, 9);
    assertThat(ClientAddress.resolve(PROXY, null, ip("9.9.9.9"), true).ip())
        .containsExactly(9, 9, 9, 9);
  }

  @Test
  void ignoresHostNamesAndGarbageInIp() {
    assertThat(ClientAddress.resolve(PUBLIC, null, ip("example.com"), false).ip())
        .containsExactly(PUBLIC);
    assertThat(ClientAddress.resolve(PROXY, "not an address", null, true).sourceIp())
        .containsExactly(PROXY);
  }
}
