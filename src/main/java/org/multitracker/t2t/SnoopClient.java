package org.multitracker.t2t;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import org.multitracker.metainfo.InfoHash;

/**
 * Sends bttrack's snoop request to another tracker, asynchronously: no timer or request thread
 * waits on the network. No redirects are followed, and an answer over {@link #MAX_BODY} bytes is
 * dropped as it arrives.
 */
final class SnoopClient {
  static final int MAX_BODY = 256 * 1024;

  private final HttpClient http;
  private final Duration timeout;
  private final Executor executor;

  SnoopClient(Executor executor, Duration timeout) {
    this.timeout = timeout;
    this.executor = executor;
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** bttrack's poll: as a stopped client with port 0, so the other tracker records nothing. */
  static URI snoopUri(String announce, InfoHash infoHash, byte[] ourId, int numwant) {
    StringBuilder q = new StringBuilder(announce);
    q.append(announce.indexOf('?') < 0 ? '?' : '&')
        .append("info_hash=")
        .append(escape(infoHash.bytes()))
        .append("&peer_id=")
        .append(escape(ourId))
        .append("&event=stopped&port=0&compact=1&left=1&uploaded=0&downloaded=0&tracker=1")
        .append("&numwant=")
        .append(numwant);
    return URI.create(q.toString());
  }

  static String escape(byte[] bytes) {
    StringBuilder b = new StringBuilder(bytes.length * 3);
    for (byte x : bytes) {
      b.append('%')
          .append(Character.forDigit((x >> 4) & 15, 16))
          .append(Character.forDigit(x & 15, 16));
    }
    return b.toString();
  }

  /**
   * The body of a 200 answer; fails on other statuses, oversized bodies and timeouts. Sent from the
   * executor: the caller may be a request thread (a lonely client's poll), which must not wait for
   * a name lookup.
   */
  CompletableFuture<byte[]> get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", "Multitracker-T2T")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent =
          CompletableFuture.supplyAsync(() -> http.sendAsync(request, info -> limited()), executor)
              .thenCompose(response -> response);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(e); // a saturated pool: an error like a timeout
    }
    return sent.thenApply(
        r -> {
          if (r.statusCode() != 200) {
            throw new BadAnswerException("HTTP status " + r.statusCode());
          }
          return r.body();
        });
  }

  private static HttpResponse.BodySubscriber<byte[]> limited() {
    return new LimitedBody();
  }

  /** Collects at most MAX_BODY bytes, then cancels the download and fails. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (buf.size() + b.remaining() > MAX_BODY) {
          subscription.cancel();
          result.completeExceptionally(
              new BadAnswerException("answer over " + MAX_BODY + " bytes"));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        buf.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(buf.toByteArray());
    }
  }
}
