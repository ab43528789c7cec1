package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** banned_ips bans 127.0.0.1: IPv4 loopback clients are refused, IPv6 ones are not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IpListsIT {
  static final Path BANNED;

  static {
    try {
      BANNED = Files.createTempFile("multitracker-banned", ".txt");
      Files.writeString(BANNED, "# test list\nloopback v4:127.0.0.1-127.0.0.1\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of("banned_ips", BANNED.toString()));
  }

  @Test
  void refusesBannedAddressesAndServesOthers() {
    TestPeer p = new TestPeer(TestPeer.randomHash(), "-B-", 4000);
    Reply banned = TrackerClient.ipv4().get("/announce?" + p.announce(1, "started"));
    assertThat(banned.status()).isEqualTo(400);
    assertThat(banned.dict().utf8("failure reason"))
        .contains("your IP is not allowed on this tracker");
    assertThat(TrackerClient.ipv4().get("/scrape").status()).isEqualTo(400);
    Reply allowed = TrackerClient.ipv6().get("/announce?" + p.announce(1, "started"));
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.dict().integer("incomplete")).hasValue(1);
  }
}
