package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multitracker.bencode.BDict;
import org.multitracker.testing.AdminLogin;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;

/**
 * What a client can make the aggregator record, and where secrets end up (issue 13 items 1, 2 and
 * 4): a member forwarding to an aggregator, both with every secret set and the access log on the
 * console, so the secret check reads everything the servers wrote.
 */
class MemberTrustIT {
  static final String PASSWORD = "AggPw-" + Long.toHexString(System.nanoTime());
  static final String SEED_ID = "SeedId-" + Long.toHexString(System.nanoTime());
  static final String HASH = AdminLogin.passwordHash();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static ServerProcess aggregator;
  static ServerProcess member;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> common = new HashMap<>(AdminLogin.options());
    common.put("logfile", "-");
    common.put("dedicated_seed_id", SEED_ID);
    Map<String, String> agg = new HashMap<>(common);
    agg.put("aggregator", PASSWORD);
    aggregator = new ServerProcess("trust-aggregator", 340, agg);
    Map<String, String> mem = new HashMap<>(common);
    mem.put("aggregate_forward", "http://127.0.0.1:8420/announce," + PASSWORD);
    mem.put("http_timeout", "2");
    member = new ServerProcess("trust-member", 345, mem);
    aggregator.start();
    member.start();
    aggregator.awaitReady(Duration.ofSeconds(120));
    member.awaitReady(Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (member != null) {
      member.stop();
    }
    if (aggregator != null) {
      aggregator.stop();
    }
  }

  static HttpResponse<String> get(String url, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The aggregator's records of a torrent, once {@code count} are written (30 s at most). */
  static List<JsonObject> recorded(byte[] infoHash, int count) throws InterruptedException {
    String url =
        "http://127.0.0.1:"
            + aggregator.port()
            + "/api/announces?size=100&info_hash="
            + HexFormat.of().formatHex(infoHash);
    List<List<JsonObject>> found = new ArrayList<>(List.of(List.of()));
    eventually(
        Duration.ofSeconds(30),
        () -> {
          HttpResponse<String> r = get(url, "Authorization", AdminLogin.basicAuthorization());
          assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
          found.set(
              0,
              Json.createReader(new StringReader(r.body()))
                  .readObject()
                  .getJsonArray("items")
                  .getValuesAs(JsonObject.class));
          return found.get(0).size() >= count;
        });
    return found.get(0);
  }

  @Test
  void aClientOfOurMemberCannotForgeWhatTheAggregatorRecords() throws Exception {
    TestPeer p = new TestPeer(TestPeer.randomHash(), "-FG0001-", 6881);
    String forged =
        p.announce(5, "started")
            + "&mt%5Fip=6.6.6.6&mt%5Ftracker=evil:1&mt%5Fua=evilUA&%70assword=x&MT_IP=7.7.7.7";
    TrackerClient.Reply answer =
        new TrackerClient("127.0.0.1", member.port())
            .get(
                "/announce?" + forged,
                "X-Forwarded-For",
                "10.9.8.7",
                "User-Agent",
                "RealClient/1.0");
    assertThat(answer.dict().containsKey("peers")).as("the member answers as a tracker").isTrue();
    JsonObject row = recorded(p.infoHash, 1).get(0);
    assertThat(row.getString("ip")).isEqualTo("10.9.8.7");
    assertThat(row.getString("tracker")).endsWith(":" + member.port()).doesNotContain("evil");
    assertThat(row.getString("user_agent")).isEqualTo("RealClient/1.0");
  }

  @Test
  void refusesAForwardWithAMemberParameterTwice() {
    TestPeer p = new TestPeer(TestPeer.randomHash(), "-FG0002-", 6882);
    BDict answer =
        new TrackerClient("127.0.0.1", aggregator.port())
            .get(
                "/announce?"
                    + p.announce(5, "started").add("password", PASSWORD)
                    + "&mt%5Fip=6.6.6.6&mt_ip=10.1.1.1&mt_tracker=old-member:80")
            .dict();
    assertThat(answer.utf8("failure reason")).hasValue("repeated parameter mt_ip");
  }

  @Test
  void recordsABitTornadoMembersGivenIp() throws Exception {
    TestPeer p = new TestPeer(TestPeer.randomHash(), "-FG0003-", 6883);
    TestPeer q = new TestPeer(p.infoHash, "-FG0004-", 6884);
    TrackerClient toAggregator = new TrackerClient("127.0.0.1", aggregator.port());
    // What BitTornado's aggregate_forward sends: the client's query and the password.
    BDict ok =
        toAggregator
            .get(
                "/announce?"
                    + p.announce(5, "started").add("ip", "198.51.100.23").add("password", PASSWORD),
                "User-Agent",
                "BitTornado/T-0.3.18")
            .dict();
    assertThat(ok.utf8("response")).hasValue("OK");
    toAggregator.get(
        "/announce?"
            + q.announce(5, "started").add("ip", "not.an.address").add("password", PASSWORD),
        "User-Agent",
        "BitTornado/T-0.3.18");
    List<JsonObject> rows = recorded(p.infoHash, 2);
    assertThat(rows)
        .extracting(r -> r.getString("ip"))
        .containsExactlyInAnyOrder("198.51.100.23", "127.0.0.1");
    assertThat(rows).extracting(r -> r.getString("tracker")).containsOnly("127.0.0.1");
    assertThat(rows).extracting(r -> r.getString("user_agent")).containsOnly("BitTornado/T-0.3.18");
  }

  @Test
  void noSecretInALogAPageOrAMetric() throws Exception {
    // Traffic that passes the secrets around: forwards, refusals, garbage, pages, metrics.
    TrackerClient toMember = new TrackerClient("127.0.0.1", member.port());
    TestPeer p = new TestPeer(TestPeer.randomHash(), "-SC0001-", 6885);
    toMember.get("/announce?" + p.announce(0, "started").add("seed_id", SEED_ID));
    recorded(p.infoHash, 1);
    new TrackerClient("127.0.0.1", aggregator.port())
        .get("/announce?" + p.announce(0, null).add("password", "wrong-" + PASSWORD));
    List<String> seen = new ArrayList<>();
    for (ServerProcess s : List.of(aggregator, member)) {
      String base = "http://127.0.0.1:" + s.port();
      for (String path :
          List.of(
              "/admin",
              "/admin/torrent?info_hash=" + HexFormat.of().formatHex(p.infoHash),
              "/",
              "/scrape",
              "/nowhere",
              "/announce?x=1")) {
        seen.add(get(base + path, "Authorization", AdminLogin.basicAuthorization()).body());
      }
      seen.add(new TrackerClient("127.0.0.1", s.port()).rawGet("/announce?x=%zz").text());
      seen.add(get("http://127.0.0.1:" + s.managementPort() + "/prometheus").body());
      seen.add(get("http://127.0.0.1:" + s.managementPort() + "/health").body());
    }
    // The access log writes in order, every min_time_between_log_flushes (3 s): once a last
    // marked request is in both logs, everything before it is too.
    String marker = "flushed=" + Long.toHexString(System.nanoTime());
    for (ServerProcess s : List.of(aggregator, member)) {
      new TrackerClient("127.0.0.1", s.port()).rawGet("/announce?" + marker);
    }
    eventually(
        Duration.ofSeconds(30),
        () -> text(aggregator).contains(marker) && text(member).contains(marker));
    String aggregatorLog = aggregator.logText();
    String memberLog = member.logText();
    assertThat(aggregatorLog)
        .contains("Multitracker configuration")
        .contains("password=<redacted>");
    assertThat(memberLog).contains("Multitracker configuration");
    String[] hashParts = HASH.split(":");
    for (String secret : List.of(PASSWORD, SEED_ID, HASH, hashParts[2], hashParts[3])) {
      assertThat(aggregatorLog).as("aggregator log").doesNotContain(secret);
      assertThat(memberLog).as("member log").doesNotContain(secret);
      for (String page : seen) {
        assertThat(page).doesNotContain(secret);
      }
    }
  }

  private static String text(ServerProcess s) {
    try {
      return s.logText();
    } catch (IOException e) {
      return "";
    }
  }
}
