package org.multitracker.infopage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
    // Rebuilt for every request: these tests read the page right after announcing.
    return TrackerDeployment.withOptions(Map.of("min_time_between_cache_refreshes", "0"));
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
  void sendsTheAdminPagesSecurityHeaders() throws Exception {
    HttpResponse<Void> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TrackerClient.PORT + "/"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
    assertThat(SecurityHeaders.CSP)
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void hasNoFaviconUnlessConfigured() {
    assertThat(client.get("/favicon.ico").status()).isEqualTo(404);
  }
}
