package org.multitracker.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.bencode.Bdecoder;

/** Speaks HTTP to the test server over IPv4 (127.0.0.1) or IPv6 ([::1]). */
public final class TrackerClient {
  /** The Arquillian server runs with port offset 100. */
  public static final int PORT = 8180;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  private TrackerClient(String host) {
    this.base = "http://" + host + ":" + PORT;
  }

  public static TrackerClient ipv4() {
    return new TrackerClient("127.0.0.1");
  }

  public static TrackerClient ipv6() {
    return new TrackerClient("[::1]");
  }

  public Reply get(String pathAndQuery, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Content-Encoding").orElse(""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public record Reply(int status, byte[] body, String contentType, String contentEncoding) {
    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public BDict dict() {
      return (BDict) Bdecoder.decode(body, BencodeLimits.TRACKER_RESPONSE);
    }
  }
}
