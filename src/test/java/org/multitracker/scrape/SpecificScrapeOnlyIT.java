package org.multitracker.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multitracker.testing.Query;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerClient.Reply;
import org.multitracker.testing.TrackerDeployment;

/** scrape_allowed=specific: single torrents yes, the full list no. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpecificScrapeOnlyIT {
  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(
        Map.of("scrape_allowed", "specific", "show_infopage", "0"));
  }

  @Test
  void refusesFullScrapeWithABencodedReason() {
    Reply r = client.get("/scrape");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.dict().utf8("failure reason").orElseThrow())
        .isEqualTo("full scrape function is not available with this tracker.");
  }

  @Test
  void answersSpecificScrapes() {
    Reply r = client.get("/scrape?" + Query.of().add("info_hash", TestPeer.randomHash()));
    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void hidesTheInfoPageWhenShowInfopageIsOff() {
    Reply r = client.get("/");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text()).contains("alas");
  }
}
