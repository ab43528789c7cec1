package org.multitracker.infopage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.multitracker.allowed.AllowedTorrent;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.wire.GarbageRequestException;
import org.multitracker.wire.RawQuery;

/** allow_get: /file?info_hash=... serves the .torrent of an allowed_dir torrent. */
@WebServlet(urlPatterns = "/file")
public class FileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject TrackerConfig config;
  @Inject AllowedTorrents allowed;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!config.allowGet()) {
      plain(
          resp,
          400,
          "get function is not available with this tracker.\n".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    Optional<AllowedTorrent> torrent = find(req.getQueryString());
    byte[] bytes = torrent.map(FileServlet::read).orElse(null);
    if (bytes == null) {
      NotFound.send(resp);
      return;
    }
    resp.setContentType("application/x-bittorrent");
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"" + safeName(torrent.get()) + "\"");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  private Optional<AllowedTorrent> find(String query) {
    if (query == null || query.length() > 1024) {
      return Optional.empty();
    }
    try {
      byte[] hash = RawQuery.parse(query).first("info_hash");
      return hash == null || hash.length != InfoHash.LENGTH
          ? Optional.empty()
          : allowed.get(new InfoHash(hash));
    } catch (GarbageRequestException e) {
      return Optional.empty();
    }
  }

  /** The file as it is now, bounded like the scanner; null if it went or grew too large. */
  private static byte[] read(AllowedTorrent t) {
    try {
      if (Files.size(t.file()) > MetainfoParser.MAX_SIZE) {
        return null;
      }
      return Files.readAllBytes(t.file());
    } catch (IOException e) {
      return null;
    }
  }

  /** A file name that cannot break the header or name a path: ASCII letters, digits, . - _ only. */
  static String safeName(AllowedTorrent t) {
    String name = t.file().getFileName().toString();
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      b.append(
          Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_' ? c : '_');
    }
    String s = b.toString();
    return s.isEmpty() || s.startsWith(".") ? "download.torrent" : s;
  }

  private static void plain(HttpServletResponse resp, int status, byte[] body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
