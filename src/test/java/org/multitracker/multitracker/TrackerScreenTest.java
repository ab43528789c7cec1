package org.multitracker.multitracker;

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
            "http://127.0.0.1:8280/announce", "http://10.0.0.1/announce", "http://[::1]/announce",
            "http://169.254.169.254/latest", "http://224.0.0.1/announce",
            "http://0177.0.0.1/announce", "http://2130706433/announce", "http://localhost/announce")) {
      assertThat(defaults.refusal(url)).as(url).isNotNull();
    }
    assertThat(trusting.refusal("http://127.0.0.1:8280/announce")).isNull();
    assertThat(trusting.refusal("http://127.0.0.1:8281/announce")).isNotNull();
  }

  @Test
  void refusesWhatIsNotAPlainHttpTrackerUrl() {
    for (String url :
        List.of("udp://93.184.216.34:80", "file:///etc/passwd", "http://user@93.184.216.34/a",
            "not a url", "http:///announce")) {
      assertThat(defaults.refusal(url)).as(url).isNotNull();
    }
  }
}
