package org.multitracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeLimits;

/** Speaks HTTP to the test server over IPv4 (127.0.0.1) or IPv6 ([::1]). */
public final class TrackerClient {
  /** The Arquillian server runs with port offset 100. */
  public static final int PORT = 8180;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final int port;

  private TrackerClient(String host) {
    this(host, PORT);
  }

  /** A client of a tracker on another port (a cluster member). */
  public TrackerClient(String host, int port) {
    this.base = "http://" + host + ":" + port;
    this.port = port;
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
      return new Reply(
          r.statusCode(),
          r.body(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Content-Encoding").orElse(""),
          r.headers().firstValue("Retry-After").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends the request line exactly as given over a plain socket (HTTP/1.0), for what java.net.URI
   * refuses to carry, such as bad percent escapes.
   */
  public Reply rawGet(String pathAndQuery) {
    String host = base.substring("http://".length(), base.lastIndexOf(':'));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host.replace("[", "").replace("]", ""), port), 5000);
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + pathAndQuery + " HTTP/1.0\r\nHost: localhost\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      byte[] all = socket.getInputStream().readAllBytes();
      String head = new String(all, StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\r\n\r\n");
      int status = Integer.parseInt(head.substring(9, 12));
      byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
      return new Reply(status, body, "", "", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public record Reply(
      int status, byte[] body, String contentType, String contentEncoding, String retryAfter) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public BDict dict() {
      return (BDict) Bdecoder.decode(body, BencodeLimits.TRACKER_RESPONSE);
    }
  }
}
