package org.multitracker.t2t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerScreenTest {
  private final TrackerScreen defaults = new TrackerScreen(List.of());
  private final TrackerScreen trusting = new TrackerScreen(List.of("http://127.0.0.1:8280/"));

  @Test
  void pollsPublicAddressesByDefault() {
    assertThat(defaults.refusal("http://93.184.216.34/announce")).isNull();
    assertThat(defaults.refusal("https://[2001:4860::8888]:443/announce")).isNull();
  }

  @Test
  void refusesTheInsideNetworkUnlessTrusted() {
    for (String url :
        List.of(
            "http://127.0.0.1:8280/announce",
            "http://10.0.0.1/announce",
            "http://[::1]/announce",
            "http://169.254.169.254/latest",
            "http://224.0.0.1/announce",
            "http://0177.0.0.1/announce",
            "http://2130706433/announce",
            "http://localhost/announce")) {
      assertThat(defaults.refusal(url)).as(url).isNotNull();
    }
    assertThat(trusting.refusal("http://127.0.0.1:8280/announce")).isNull();
    assertThat(trusting.refusal("http://127.0.0.1:8281/announce")).isNotNull();
  }

  @Test
  void refusesSpecialPurposeAndEmbeddedInsideAddresses() {
    for (String host :
        List.of(
            "[::7f00:1]",
            "[::a9fe:a9fe]",
            "[::ffff:0:7f00:1]",
            "[64:ff9b::a9fe:a9fe]",
            "[2002:a9fe:a9fe::]",
            "[fec0::1]",
            "[100::1]",
            "[2001:db8::1]",
            "[::ffff:127.0.0.1]",
            "192.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "198.51.100.1",
            "203.0.113.1",
            "192.88.99.1")) {
      String url = "http://" + host + ":6969/announce";
      assertThat(defaults.refusal(url))
          .as(url)
          .isEqualTo("host is not a global unicast address and not trusted");
    }
    assertThat(defaults.refusal("http://[64:ff9b::808:808]/announce")).isNull();
  }

  @Test
  void refusesWhatIsNotAPlainHttpTrackerUrl() {
    for (String url :
        List.of(
            "udp://93.184.216.34:80",
            "file:///etc/passwd",
            "http://user@93.184.216.34/a",
            "not a url",
            "http:///announce")) {
      assertThat(defaults.refusal(url)).as(url).isNotNull();
    }
  }
}
