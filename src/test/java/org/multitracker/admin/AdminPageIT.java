package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.testing.AdminLogin;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.Torrents;
import org.multitracker.testing.TrackerClient;

/**
 * The admin page over HTTP on an aggregator: no way in without the login, the form login and its
 * session, CSRF refusals, escaping of a hostile torrent name and blocked file, no open redirect.
 * {@link AdminBrowserChecks} then drives a real Chromium against the same server.
 */
class AdminPageIT {
  static final String HOSTILE = "<img src=x onerror=alert(1)>";
  static final int FILLERS = 51;
  static final String HOSTILE_FILE = "<svg onload=alert(2)>.torrent";
  static ServerProcess server;
  static String base;
  static String hostileHash;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    Path allowed = Files.createDirectories(dir.resolve("allowed"));
    Path content = Files.createDirectories(dir.resolve("content")).resolve(HOSTILE);
    Files.write(content, new byte[100_000]);
    byte[] torrent = Torrents.fromFile(content, "http://127.0.0.1:8360/announce", 16_384);
    Files.write(allowed.resolve("hostile.torrent"), torrent);
    Files.writeString(allowed.resolve(HOSTILE_FILE), "not bencode");
    // More torrents than a page of the cluster list holds, each announced once below.
    List<byte[]> fillers = new ArrayList<>();
    for (int i = 0; i < FILLERS; i++) {
      Path file = dir.resolve("content").resolve(String.format("filler-%02d", i));
      Files.write(file, new byte[1000 + i]);
      byte[] t = Torrents.fromFile(file, "http://127.0.0.1:8360/announce", 16_384);
      Files.write(allowed.resolve(file.getFileName() + ".torrent"), t);
      fillers.add(InfoHash.sha1Of(infoSpan(t), 0, infoSpan(t).length).bytes());
    }
    hostileHash = InfoHash.sha1Of(infoSpan(torrent), 0, infoSpan(torrent).length).hex();
    Map<String, String> options = new HashMap<>(AdminLogin.options());
    options.put("aggregator", "1");
    options.put("allowed_dir", allowed.toString());
    server = new ServerProcess("admin-page", 280, options);
    server.start();
    server.awaitReady(Duration.ofSeconds(120));
    base = "http://127.0.0.1:" + server.port();
    TrackerClient client = new TrackerClient("127.0.0.1", server.port());
    byte[] hash = InfoHash.fromHex(hostileHash).bytes();
    for (int i = 0; i < fillers.size(); i++) {
      TestPeer peer = new TestPeer(fillers.get(i), "-AD0001-fill" + i, 7100 + i);
      assertThat(client.get("/announce?" + peer.announce(1000, "started")).status()).isEqualTo(200);
    }
    for (int i = 0; i < 3; i++) {
      TestPeer peer = new TestPeer(hash, "-AD0001-peer" + i, 7000 + i);
      assertThat(client.get("/announce?" + peer.announce(i == 0 ? 0 : 1000, "started")).status())
          .isEqualTo(200);
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.stop();
    }
  }

  /** The bencoded info dictionary of a torrent TorrentMaker wrote (it is the last value). */
  private static byte[] infoSpan(byte[] torrent) {
    String text = new String(torrent, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("4:infod") + 6;
    return Arrays.copyOfRange(torrent, at, torrent.length - 1);
  }

  static HttpClient browserLike() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  static HttpResponse<String> get(HttpClient http, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(
      HttpClient http, String path, Map<String, String> form, String... headers)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpClient loggedIn() throws IOException, InterruptedException {
    HttpClient http = browserLike();
    HttpResponse<String> r =
        post(
            http,
            "/login",
            Map.of("username", AdminLogin.USER, "password", AdminLogin.PASSWORD, "next", "/admin"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/admin");
    return http;
  }

  static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }

  @Test
  void nothingWithoutLogin() throws Exception {
    HttpClient http = browserLike();
    HttpResponse<String> page = get(http, "/admin");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login?next=%2Fadmin");
    assertThat(get(http, "/admin/torrent?info_hash=" + hostileHash).statusCode()).isEqualTo(302);
    HttpResponse<String> api = get(http, "/api/announces");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic ");
    assertThat(
            get(http, "/api/announces", "Authorization", AdminLogin.basic(AdminLogin.USER, "wrong"))
                .statusCode())
        .isEqualTo(401);
    assertThat(get(http, "/api/announces", "Authorization", "Basic !!!not-base64").statusCode())
        .isEqualTo(401);
    assertThat(post(http, "/admin/actions", Map.of("action", "rescan")).statusCode())
        .isEqualTo(302);
    HttpResponse<String> wrong =
        post(http, "/login", Map.of("username", AdminLogin.USER, "password", "wrong"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong user name or password");
    assertThat(get(http, "/admin").statusCode()).as("a failed login opens nothing").isEqualTo(302);
  }

  /**
   * A guesser (its own address, through X-Forwarded-For from loopback, our proxy) that backs off
   * gets its 429 late, from the tarpit, through the security mechanism and the admin filter;
   * another address logs in meanwhile.
   */
  @Test
  void aGuesserBackingOffIsAnsweredLate() throws Exception {
    HttpClient http = browserLike();
    String[] guesser = {"X-Forwarded-For", "192.0.2.77"};
    for (int i = 0; i < LoginBackoff.FREE_FAILURES; i++) {
      assertThat(
              post(
                      http,
                      "/login",
                      Map.of("username", AdminLogin.USER, "password", "guess" + i),
                      guesser)
                  .statusCode())
          .isEqualTo(401);
    }
    long start = System.nanoTime();
    HttpResponse<String> refused =
        post(http, "/login", Map.of("username", AdminLogin.USER, "password", "guess"), guesser);
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(refused.body()).startsWith("Too many failed logins");
    assertThat(tookMillis).as("held about the address's 1 s wait").isBetween(700L, 4_000L);
    loggedIn();
  }

  @Test
  void basicAuthorizationOpensThePage() throws Exception {
    HttpResponse<String> page =
        get(browserLike(), "/admin", "Authorization", AdminLogin.basicAuthorization());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.body()).contains("<table id=\"limits\">").contains("new refused 0");
  }

  @Test
  void hostileNamesAreText() throws Exception {
    String page = get(loggedIn(), "/admin").body();
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(HOSTILE);
    assertThat(page).contains("&lt;svg onload=alert(2)&gt;.torrent").doesNotContain("<svg");
    assertThat(page).contains(hostileHash);
    String torrent = get(loggedIn(), "/admin/torrent?info_hash=" + hostileHash).body();
    assertThat(torrent).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(HOSTILE);
    assertThat(get(loggedIn(), "/admin/torrent?info_hash=%3Cscript%3E").statusCode())
        .isEqualTo(400);
  }

  @Test
  void formsNeedTheSessionsToken() throws Exception {
    HttpClient http = loggedIn();
    String token = csrf(get(http, "/admin").body());
    assertThat(post(http, "/admin/actions", Map.of("action", "rescan")).statusCode())
        .isEqualTo(403);
    assertThat(
            post(http, "/admin/actions", Map.of("action", "rescan", "csrf", "forged")).statusCode())
        .isEqualTo(403);
    assertThat(
            post(
                    http,
                    "/admin/actions",
                    Map.of("action", "rescan", "csrf", token),
                    "Origin",
                    "http://evil.example")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> done =
        post(http, "/admin/actions", Map.of("action", "rescan", "csrf", token));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(get(http, "/admin?done=rescan").body()).contains("were re-read");
    assertThat(post(http, "/admin/actions", Map.of("action", "<b>", "csrf", token)).statusCode())
        .isEqualTo(400);
    // Another operator session's token is not this one's.
    assertThat(
            post(loggedIn(), "/admin/actions", Map.of("action", "rescan", "csrf", token))
                .statusCode())
        .isEqualTo(403);
    assertThat(post(http, "/admin/logout", Map.of()).statusCode()).isEqualTo(403);
    assertThat(post(http, "/admin/logout", Map.of("csrf", token)).statusCode()).isEqualTo(303);
    assertThat(get(http, "/admin").statusCode()).as("logged out").isEqualTo(302);
  }

  @Test
  void loginNeverRedirectsElsewhere() throws Exception {
    for (String next :
        new String[] {
          "//evil.example/admin",
          "http://evil.example",
          "/admin/../x",
          "/\\evil.example",
          "/admin\r\nX: y"
        }) {
      HttpResponse<String> r =
          post(
              browserLike(),
              "/login",
              Map.of("username", AdminLogin.USER, "password", AdminLogin.PASSWORD, "next", next));
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().firstValue("Location").orElse("")).as(next).isEqualTo("/admin");
    }
  }

  @Test
  void chromiumShowsTheListAndChartsAndRunsNoInjectedScript() throws Exception {
    AdminBrowserChecks.run(base, hostileHash, HOSTILE);
  }
}
