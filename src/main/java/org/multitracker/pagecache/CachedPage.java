package org.multitracker.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.multitracker.wire.TrackerHttp;

/**
 * A built page: its bytes, their gzip (null when too small to gain), and when it was built.
 * Immutable once built, so any number of requests may send it at once.
 */
public record CachedPage(byte[] body, byte[] gzip, long builtAt) {
  /** Bodies shorter than this gain nothing from gzip. */
  static final int GZIP_THRESHOLD = 256;

  public static CachedPage of(byte[] body, long builtAt) {
    return new CachedPage(body, body.length < GZIP_THRESHOLD ? null : gzip(body), builtAt);
  }

  /** Sends the page, gzipped when the client accepts it; returns the body bytes sent. */
  public int send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] bytes = body;
    if (gzip != null) {
      resp.setHeader("Vary", "Accept-Encoding");
      if (gzipped(req)) {
        bytes = gzip;
        resp.setHeader("Content-Encoding", "gzip");
      }
    }
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
    return bytes.length;
  }

  /** The body bytes {@link #send} would send this client. */
  public int sizeFor(HttpServletRequest req) {
    return gzipped(req) ? gzip.length : body.length;
  }

  private boolean gzipped(HttpServletRequest req) {
    return gzip != null && TrackerHttp.acceptsGzip(req.getHeader("Accept-Encoding"));
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: does not happen
    }
    return out.toByteArray();
  }
}
