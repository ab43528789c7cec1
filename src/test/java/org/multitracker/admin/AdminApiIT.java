package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.testing.AdminLogin;
import org.multitracker.testing.Prerequisites;
import org.multitracker.testing.Query;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;

/**
 * The log query API of an aggregator over HTTP (one aggregator process, one plain tracker), on H2
 * or, with -Daggregator.db=postgresql, on the PostgreSQL of 127.0.0.1:5432/test. Announces come in
 * with the aggregator's password, so mt_ip sets each peer's address as a member's forward would;
 * the database may hold other tests' rows, so every check filters on this run's random info hashes
 * or peer ids.
 */
class AdminApiIT {
  static final String PASSWORD = "api-s3cret";
  static final boolean POSTGRES = "postgresql".equals(System.getProperty("aggregator.db"));
  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final HexFormat HEX = HexFormat.of();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static ServerProcess aggregator;
  static ServerProcess plainTracker;
  static final byte[] A = TestPeer.randomHash();
  static final byte[] B = TestPeer.randomHash();
  static final byte[] C = TestPeer.randomHash();
  static final TestPeer LEECHER = new TestPeer(A, "-TR2940-\u0001", 51001);
  static final TestPeer SEED = new TestPeer(A, "-qB4500-", 51002);
  static final TestPeer QUITTER = new TestPeer(A, "-DE13F0-", 51003);
  static final TestPeer LOOPBACK = new TestPeer(A, "-lt0D80-", 51004);
  static final TestPeer OTHER = new TestPeer(B, "-TR2940-", 51005);
  static final int C_ANNOUNCES = 25;
  static final String UA = "=HYPERLINK(\"http://x\"), \"quoted\"";
  static Instant before;
  static Instant after;

  @BeforeAll
  static void start() throws Exception {
    if (POSTGRES) {
      Prerequisites.postgres(PG_URL);
    }
    Map<String, String> options = new HashMap<>(AdminLogin.options());
    options.put("aggregator", PASSWORD);
    String db = POSTGRES ? "postgresql" : "h2";
    aggregator =
        new ServerProcess("api-aggregator-" + db, 260, options, POSTGRES ? "it-base-pg" : "it-base")
            .withArg("-Dpg.url=" + PG_URL);
    plainTracker = new ServerProcess("api-plain-" + db, 265, AdminLogin.options());
    aggregator.start();
    plainTracker.start();
    aggregator.awaitReady(Duration.ofSeconds(120));
    plainTracker.awaitReady(Duration.ofSeconds(120));
    before = Instant.now();
    announce(LEECHER.announce(100, "started"), "10.1.2.3", "member-one:80", null);
    announce(uploaded(LEECHER, 500, 50, null), "10.1.2.3", "member-one:80", null);
    announce(uploaded(LEECHER, 1000, 0, "completed"), "10.1.2.3", "member-two:80", null);
    announce(SEED.announce(0, "started"), "2001:db8::7", "member-one:80", UA);
    announce(QUITTER.announce(10, "stopped"), "192.168.5.5", "member-one:80", "-2+3");
    announce(LOOPBACK.announce(10, "started"), null, null, null); // from 127.0.0.1 itself
    announce(OTHER.announce(10, "started"), "2001:db9::1", "member-two:80", null);
    for (int i = 0; i < C_ANNOUNCES; i++) {
      announce(
          new TestPeer(C, "-C" + i + "-", 52000 + i).announce(1, "started"),
          "10.7.0." + i,
          null,
          null);
    }
    after = Instant.now();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (items("info_hash=" + hex(C)).size() < C_ANNOUNCES
        || items("info_hash=" + hex(A)).size() < 6) {
      assertThat(System.nanoTime()).as("announces written within 60 s").isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (plainTracker != null) {
      plainTracker.stop();
    }
    if (aggregator != null) {
      aggregator.stop();
    }
  }

  static Query uploaded(TestPeer p, long uploaded, long left, String event) {
    Query q =
        Query.of()
            .add("info_hash", p.infoHash)
            .add("peer_id", p.peerId)
            .add("port", p.port)
            .add("uploaded", uploaded)
            .add("downloaded", 0)
            .add("left", left)
            .add("compact", 1);
    return event == null ? q : q.add("event", event);
  }

  /** An announce as a member forwards it: the password, and mt_ip/mt_tracker/mt_ua if given. */
  static void announce(Query q, String ip, String tracker, String userAgent) {
    q.add("password", PASSWORD);
    if (ip != null) {
      q.add("mt_ip", ip);
    }
    if (tracker != null) {
      q.add("mt_tracker", tracker);
    }
    if (userAgent != null) {
      q.add("mt_ua", userAgent);
    }
    Reply r = get(aggregator, "/announce?" + q);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("failure reason");
  }

  record Reply(int status, String body, HttpResponse<?> response) {
    JsonStructure json() {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return json().asJsonObject();
    }
  }

  static Reply get(ServerProcess server, String pathAndQuery, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET of the API with the admin login, as the admin page sends it. */
  static Reply api(String pathAndQuery) {
    return get(
        aggregator, "/api/" + pathAndQuery, "Authorization", AdminLogin.basicAuthorization());
  }

  static List<JsonObject> items(String query) {
    Reply r = api("announces?size=1000&" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static Set<Integer> ports(String query) {
    Set<Integer> ports = new HashSet<>();
    items(query).forEach(i -> ports.add(i.getInt("port")));
    return ports;
  }

  static String hex(byte[] b) {
    return HEX.formatHex(b);
  }

  @Test
  void answersEveryColumnNewestFirst() {
    List<JsonObject> a = items("info_hash=" + hex(A).toUpperCase());
    assertThat(a).hasSize(6);
    JsonObject seed = a.stream().filter(i -> i.getInt("port") == SEED.port).findFirst().get();
    assertThat(seed.getString("info_hash")).isEqualTo(hex(A));
    assertThat(seed.getString("peer_id")).isEqualTo(hex(SEED.peerId));
    assertThat(seed.getString("ip")).isEqualTo("2001:db8::7");
    assertThat(seed.getString("tracker")).isEqualTo("member-one:80");
    assertThat(seed.getString("event")).isEqualTo("started");
    assertThat(seed.getJsonNumber("remaining").longValue()).isZero();
    assertThat(seed.getString("user_agent")).isEqualTo(UA);
    assertThat(seed.get("peer_key")).isEqualTo(JsonValue.NULL);
    Instant at = Instant.parse(seed.getString("announced_at"));
    assertThat(at).isBetween(before.minusSeconds(1), after.plusSeconds(1));
    for (int i = 1; i < a.size(); i++) {
      assertThat(Instant.parse(a.get(i - 1).getString("announced_at")))
          .isAfterOrEqualTo(Instant.parse(a.get(i).getString("announced_at")));
    }
    assertThat(items("info_hash=" + hex(B))).hasSize(1);
  }

  @Test
  void filtersByPeerIdAsHexOrAsTheClientSentIt() {
    assertThat(items("peer_id=" + hex(LEECHER.peerId).toUpperCase())).hasSize(3);
    String asSent = Query.encode(LEECHER.peerId);
    assertThat(asSent).startsWith("-TR2940-%01");
    assertThat(items("peer_id=" + asSent))
        .hasSize(3)
        .allSatisfy(i -> assertThat(i.getString("peer_id")).isEqualTo(hex(LEECHER.peerId)));
  }

  @Test
  void filtersByAddressOrSubnet() {
    String a = "info_hash=" + hex(A) + "&ip=";
    assertThat(items(a + "10.1.2.3")).hasSize(3);
    assertThat(ports(a + "10.0.0.0/8")).containsExactly(LEECHER.port);
    assertThat(ports(a + "192.168.0.0/16")).containsExactly(QUITTER.port);
    assertThat(ports(a + "2001:db8::/32")).containsExactly(SEED.port);
    assertThat(ports(a + "2001:db8::7")).containsExactly(SEED.port);
    assertThat(ports(a + "127.0.0.1")).containsExactly(LOOPBACK.port);
    assertThat(ports(a + "::/0"))
        .containsExactlyInAnyOrder(LEECHER.port, SEED.port, QUITTER.port, LOOPBACK.port);
    assertThat(ports(a + "::ffff:0:0/96"))
        .containsExactlyInAnyOrder(LEECHER.port, QUITTER.port, LOOPBACK.port);
    assertThat(items("info_hash=" + hex(C) + "&ip=10.7.0.0/28")).hasSize(16);
  }

  @Test
  void filtersByTimeAndEvent() {
    String a = "info_hash=" + hex(A);
    assertThat(items(a + "&from=" + after.plusSeconds(5))).isEmpty();
    assertThat(items(a + "&to=" + before.minusSeconds(5))).isEmpty();
    assertThat(items(a + "&from=" + before.minusSeconds(1) + "&to=" + after.plusSeconds(1)))
        .hasSize(6);
    assertThat(ports(a + "&event=completed")).containsExactly(LEECHER.port);
    assertThat(ports(a + "&event=stopped")).containsExactly(QUITTER.port);
    assertThat(items(a + "&event=none")).hasSize(1);
    assertThat(items(a + "&event=STARTED")).hasSize(3);
    assertThat(items(a + "&event=")).hasSize(6);
  }

  @Test
  void pagesSayWhetherMoreFollow() {
    String c = "announces?info_hash=" + hex(C) + "&size=10&page=";
    JsonObject first = api(c + "0").object();
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(10);
    assertThat(first.getJsonArray("items")).hasSize(10);
    assertThat(first.getBoolean("has_more")).isTrue();
    JsonObject last = api(c + "2").object();
    assertThat(last.getJsonArray("items")).hasSize(5);
    assertThat(last.getBoolean("has_more")).isFalse();
    Set<Long> ids = new HashSet<>();
    for (int p = 0; p < 3; p++) {
      api(c + p)
          .object()
          .getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(i -> ids.add(i.getJsonNumber("id").longValue()));
    }
    assertThat(ids).as("pages neither overlap nor skip").hasSize(C_ANNOUNCES);
    JsonObject exact = api("announces?info_hash=" + hex(C) + "&size=25").object();
    assertThat(exact.getBoolean("has_more")).isFalse();
  }

  @Test
  void exportsCsvWithQuotingAndDefusedFormulas() throws Exception {
    HttpResponse<InputStream> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + aggregator.port()
                            + "/api/announces.csv?max_rows=10000000&info_hash="
                            + hex(A)))
                .header("Authorization", AdminLogin.basicAuthorization())
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;")
        .contains("announces.csv");
    String csv;
    try (InputStream in = r.body()) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines).hasSize(1 + 6 + 1);
    assertThat(lines[0])
        .isEqualTo(
            "id,announced_at,tracker,info_hash,peer_id,ip,port,uploaded,"
                + "downloaded,remaining,event,peer_key,user_agent");
    assertThat(lines[7]).isEmpty();
    assertThat(csv)
        .contains(
            ",2001:db8::7,"
                + SEED.port
                + ",0,0,0,started,,"
                + "\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\"\r\n");
    assertThat(csv).contains(",192.168.5.5," + QUITTER.port + ",0,0,10,stopped,,'-2+3\r\n");
    assertThat(csv).contains("," + hex(LEECHER.peerId) + ",10.1.2.3,");

    HttpResponse<Void> head =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + aggregator.port()
                            + "/api/announces.csv?info_hash="
                            + hex(A)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", AdminLogin.basicAuthorization())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);

    String one = api("announces.csv?max_rows=1&info_hash=" + hex(C)).body();
    assertThat(one.split("\r\n")).hasSize(2);
    String all = api("announces.csv?info_hash=" + hex(C) + "&ip=10.7.0.0/24&event=started").body();
    assertThat(all.split("\r\n")).hasSize(1 + C_ANNOUNCES);
  }

  @Test
  void chartsSwarmSizePerBucketFromTheLog() {
    JsonObject chart = api("charts/swarm-size?info_hash=" + hex(A) + "&hours=2").object();
    assertThat(chart.getString("info_hash")).isEqualTo(hex(A));
    assertThat(chart.getInt("bucket_seconds")).isEqualTo(60);
    JsonArray t = chart.getJsonArray("t");
    assertThat(t).hasSize(120);
    assertThat(chart.getJsonArray("peers")).hasSize(120);
    assertThat(chart.getJsonArray("seeds")).hasSize(120);
    // The same figures counted here from the log's own rows.
    Map<Long, Set<String>> peers = new TreeMap<>();
    Map<Long, Set<String>> seeds = new TreeMap<>();
    for (JsonObject i : items("info_hash=" + hex(A))) {
      long bucket = Instant.parse(i.getString("announced_at")).getEpochSecond() / 60 * 60;
      peers.computeIfAbsent(bucket, k -> new HashSet<>()).add(i.getString("peer_id"));
      if (i.getJsonNumber("remaining").longValue() == 0) {
        seeds.computeIfAbsent(bucket, k -> new HashSet<>()).add(i.getString("peer_id"));
      }
    }
    for (int k = 0; k < t.size(); k++) {
      long start = t.getJsonNumber(k).longValue();
      assertThat(start % 60).isZero();
      assertThat(chart.getJsonArray("peers").getInt(k))
          .isEqualTo(peers.getOrDefault(start, Set.of()).size());
      assertThat(chart.getJsonArray("seeds").getInt(k))
          .isEqualTo(seeds.getOrDefault(start, Set.of()).size());
    }
    assertThat(peers.values().stream().mapToInt(Set::size).sum()).isGreaterThanOrEqualTo(4);

    JsonObject daily = api("charts/swarm-size?info_hash=" + hex(A)).object();
    assertThat(daily.getInt("bucket_seconds")).isEqualTo(3600);
    assertThat(daily.getJsonArray("t")).hasSize(24);
  }

  @Test
  void chartsAnnouncesPerMinuteZeroFilled() {
    JsonObject chart = api("charts/announces-per-minute?minutes=30").object();
    assertThat(chart.getInt("bucket_seconds")).isEqualTo(60);
    assertThat(chart.getJsonArray("t")).hasSize(30);
    assertThat(chart.getJsonArray("announces")).hasSize(30);
    long total =
        chart.getJsonArray("announces").getValuesAs(JsonNumber.class).stream()
            .mapToLong(JsonNumber::longValue)
            .sum();
    assertThat(total).isGreaterThanOrEqualTo(7 + C_ANNOUNCES);
    long lastStart = chart.getJsonArray("t").getJsonNumber(29).longValue();
    assertThat(lastStart).isEqualTo(Instant.now().getEpochSecond() / 60 * 60);
    assertThat(api("charts/announces-per-minute").object().getJsonArray("t")).hasSize(60);
  }

  @Test
  void reportsDailyPeersAcrossTheCluster() {
    JsonObject r = api("torrents/" + hex(A).toUpperCase() + "/daily-peers?days=3").object();
    assertThat(r.getString("info_hash")).isEqualTo(hex(A));
    List<JsonObject> days = r.getJsonArray("days").getValuesAs(JsonObject.class);
    assertThat(days).hasSize(3);
    JsonObject today = days.get(2);
    assertThat(today.getString("day")).isEqualTo(LocalDate.now().toString());
    assertThat(today.getInt("unique_peers")).isEqualTo(4);
    assertThat(today.getInt("completions")).isEqualTo(1);
    assertThat(today.getJsonNumber("uploaded").longValue()).isEqualTo(1000);
    assertThat(days.get(0).getInt("unique_peers")).isZero();
    assertThat(api("torrents/" + hex(A) + "/daily-peers").object().getJsonArray("days")).hasSize(7);
  }

  @Test
  void listsTorrentsWithCurrentPeers() {
    Reply r = api("torrents?limit=1000");
    assertThat(r.status()).isEqualTo(200);
    JsonObject a =
        r.json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("info_hash").equals(hex(A)))
            .findFirst()
            .orElseThrow();
    assertThat(a.getInt("peers")).as("the stopped peer is gone").isEqualTo(3);
    assertThat(a.getInt("seeds")).isEqualTo(2);
    assertThat(a.getInt("leechers")).isEqualTo(1);
    assertThat(a.getInt("completions")).isEqualTo(1);
    assertThat(a.getInt("announces")).isEqualTo(6);
    assertThat(Instant.parse(a.getString("last_seen"))).isBefore(after.plusSeconds(1));
    assertThat(api("torrents?limit=1").json().asJsonArray()).hasSize(1);
  }

  /** The aggregator's admin page with the login, as a script sends it. */
  static Reply adminPage(String query) {
    return get(aggregator, "/admin" + query, "Authorization", AdminLogin.basicAuthorization());
  }

  static List<String> listedHashes(String page) {
    List<String> hashes = new ArrayList<>();
    Matcher m =
        Pattern.compile("<tr><td class=\"name\">[^\n]*?info_hash=([0-9a-f]{40})\"")
            .matcher(
                page.substring(
                    page.indexOf("id=\"cluster-list\""), page.indexOf("id=\"torrents\"")));
    while (m.find()) {
      hashes.add(m.group(1));
    }
    return hashes;
  }

  @Test
  void adminPageListsTheClusterTorrentsFromTheDatabaseWithPagingAndSearch() throws Exception {
    // More torrents than a page holds (earlier runs on PostgreSQL may have left more).
    for (int i = 0; i < 51; i++) {
      announce(
          new TestPeer(TestPeer.randomHash(), "-PG" + i + "-", 53000 + i).announce(1, "started"),
          "10.9.0." + i,
          "member-one:80",
          null);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (listedHashes(adminPage("?page=2&sort=last_seen").body()).isEmpty()) {
      assertThat(System.nanoTime()).as("a second page within 60 s").isLessThan(deadline);
      Thread.sleep(250);
    }
    Reply first = adminPage("?sort=last_seen");
    assertThat(first.status()).isEqualTo(200);
    List<String> page1 = listedHashes(first.body());
    assertThat(page1).hasSize(50);
    assertThat(first.body()).contains("id=\"next-page\"").doesNotContain("id=\"prev-page\"");
    List<String> page2 = listedHashes(adminPage("?page=2&sort=last_seen").body());
    assertThat(page2).isNotEmpty().doesNotContainAnyElementsOf(page1);

    // Search by info-hash prefix (any case); rows link to the torrent's page.
    Reply found = adminPage("?q=" + hex(C).substring(0, 12).toUpperCase());
    assertThat(listedHashes(found.body())).containsExactly(hex(C));
    assertThat(found.body())
        .contains("href=\"/admin/torrent?info_hash=" + hex(C) + "\"")
        .contains("1 torrent matching");
    // Sorts: completions lists A (one completion) on the first page.
    assertThat(listedHashes(adminPage("?sort=completions").body())).contains(hex(A));
    assertThat(listedHashes(adminPage("?q=" + hex(A).substring(0, 10) + "&sort=today").body()))
        .containsExactly(hex(A));
    assertThat(adminPage("?sort=peers").body()).contains("id=\"cluster-list\"");
    assertThat(listedHashes(adminPage("?q=no+such+name").body())).isEmpty();

    for (String bad : List.of("?page=0", "?page=x", "?sort=size", "?q=" + "x".repeat(101))) {
      assertThat(adminPage(bad).status()).as(bad).isEqualTo(400);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "announces?info_hash=xyz",
        "announces?info_hash=gggggggggggggggggggggggggggggggggggggggg",
        "announces?ip=10.0.0.0/33",
        "announces?ip=10.0.0.0/8/8",
        "announces?ip=example.org",
        "announces?size=100000",
        "announces?size=0",
        "announces?page=-1",
        "announces?page=abc",
        "announces?peer_id=garbage",
        "announces?peer_id=-TR2940-%01abc",
        "announces?event=paused",
        "announces?from=yesterday",
        "announces?to=%2B999999999-12-31T23:59:59Z",
        "announces?from=2026-11-27T11:00:00Z&to=2026-11-27T10:00:00Z",
        "announces.csv?max_rows=0",
        "announces.csv?ip=300.1.1.1",
        "charts/swarm-size",
        "charts/swarm-size?info_hash=abc",
        "charts/swarm-size?info_hash=0123456789012345678901234567890123456789&hours=721",
        "charts/announces-per-minute?minutes=10081",
        "charts/announces-per-minute?minutes=%C3",
        "torrents?limit=1001",
        "torrents/nothex/daily-peers",
        "torrents/0123456789012345678901234567890123456789/daily-peers?days=367"
      })
  void refusesBadParametersWithA400InJson(String pathAndQuery) {
    Reply r = api(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + " -> " + r.body()).isEqualTo(400);
    assertThat(r.object().getString("error")).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  /** Escapes java.net.URI refuses to carry, sent over a plain socket. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "announces?peer_id=%zz%zz",
        "announces?info_hash=%a",
        "announces?ip=%",
        "%ZZ",
        "torrents/%g1/daily-peers",
        "announces.csv?ip=%"
      })
  void refusesBadEscapesWithA400InJson(String pathAndQuery) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", aggregator.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET /api/"
                      + pathAndQuery
                      + " HTTP/1.0\r\nHost: localhost"
                      + "\r\nAuthorization: "
                      + AdminLogin.basicAuthorization()
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer)
          .as(pathAndQuery)
          .startsWith("HTTP/1.0 400")
          .contains("{\"error\":\"bad percent escape in the URL\"}");
    }
  }

  @Test
  void unknownApiPathsAreJson404sAndOtherPathsUnchanged() {
    Reply r = api("no-such-report");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.object().getString("error")).isNotBlank();
    Reply plain = get(aggregator, "/no-such-page");
    assertThat(plain.status()).isEqualTo(404);
    assertThat(plain.body()).contains("not here");
    assertThat(get(aggregator, "/").status()).isEqualTo(200);
  }

  @Test
  void aTrackerThatIsNotAnAggregatorAnswers404() {
    for (String path :
        List.of(
            "/api/announces",
            "/api/torrents",
            "/api/announces.csv",
            "/api/charts/announces-per-minute",
            "/api/whatever")) {
      Reply r = get(plainTracker, path, "Authorization", AdminLogin.basicAuthorization());
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.object().getString("error")).isEqualTo("this tracker is not an aggregator");
    }
  }

  @Test
  void refusesWithoutLogin() {
    for (String path :
        List.of(
            "/api/announces",
            "/api/announces.csv",
            "/api/torrents",
            "/api/charts/announces-per-minute",
            "/api/whatever")) {
      assertThat(get(aggregator, path).status()).as(path).isEqualTo(401);
    }
    // Two guesses only: from the fifth failure on, the address backs off (HTTP 429), which
    // would also refuse the other tests' right password for a while (LoginIT covers it).
    for (String path : List.of("/api/announces", "/api/torrents")) {
      assertThat(
              get(aggregator, path, "Authorization", AdminLogin.basic(AdminLogin.USER, "guess"))
                  .status())
          .as(path)
          .isEqualTo(401);
    }
  }
}
