package org.multitracker.wire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.multitracker.bencode.BencodeWriter;
import org.multitracker.network.IpAddresses;

/** Sends a tracker answer held in a request buffer, gzipped when the client accepts it. */
public final class TrackerHttp {
  /** Bodies shorter than this gain nothing from gzip. */
  private static final int GZIP_THRESHOLD = 256;

  /** Longer queries are garbage: a real announce is well under 1 kB. */
  public static final int MAX_QUERY_LENGTH = 4096;

  private TrackerHttp() {}

  /** Writes the answer held in {@code buf}; gzip is skipped when it cannot pay off. */
  public static int send(
      HttpServletRequest req, HttpServletResponse resp, int status, RequestBuffers buf)
      throws IOException {
    return send(req, resp, status, buf.writer, !buf.incompressible);
  }

  /** Writes the answer and returns the number of body bytes sent. */
  public static int send(
      HttpServletRequest req, HttpServletResponse resp, int status, BencodeWriter body)
      throws IOException {
    return send(req, resp, status, body, true);
  }

  private static int send(
      HttpServletRequest req,
      HttpServletResponse resp,
      int status,
      BencodeWriter body,
      boolean compressible)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain");
    resp.setHeader("Pragma", "no-cache");
    byte[] bytes = body.buffer();
    int len = body.size();
    if (compressible && len >= GZIP_THRESHOLD && acceptsGzip(req.getHeader("Accept-Encoding"))) {
      Gzip gz = Gzip.compress(bytes, len);
      bytes = gz.bytes();
      len = gz.size();
      resp.setHeader("Content-Encoding", "gzip");
    }
    resp.setContentLength(len);
    resp.getOutputStream().write(bytes, 0, len);
    return len;
  }

  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] coding = part.trim().split(";");
      if (coding[0].trim().equalsIgnoreCase("gzip")) {
        return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  /** The client's address as bytes; null if the container reports something unparseable. */
  public static byte[] remoteIp(HttpServletRequest req) {
    String addr = req.getRemoteAddr();
    if (addr == null) {
      return null;
    }
    int zone = addr.indexOf('%');
    return IpAddresses.parseLiteral(zone < 0 ? addr : addr.substring(0, zone));
  }
}
