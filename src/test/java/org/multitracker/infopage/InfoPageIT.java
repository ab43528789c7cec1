package org.multitracker.infopage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerClient.Reply;
import org.multitracker.testing.TrackerDeployment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InfoPageIT {
  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of());
  }

  @Test
  void listsTorrentsWithTheirCounts() {
    byte[] hash = TestPeer.randomHash();
    client.get("/announce?" + new TestPeer(hash, "-A-", 2001).announce(0, "started"));
    client.get("/announce?" + new TestPeer(hash, "-B-", 2002).announce(7, "started"));
    for (String path : new String[] {"/", "/index.html"}) {
      Reply r = client.get(path);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).startsWith("text/html");
      assertThat(r.text()).contains(HexFormat.of().formatHex(hash)).contains("files</td>");
    }
  }

  @Test
  void hasNoFaviconUnlessConfigured() {
    assertThat(client.get("/favicon.ico").status()).isEqualTo(404);
  }
}
