package org.multitracker.infopage;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.multitracker.config.TrackerConfig;

/** /favicon.ico from the file named by the favicon option, read once at start. */
@WebServlet(urlPatterns = "/favicon.ico")
public class FaviconServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FaviconServlet.class.getName());
  static final long MAX_SIZE = 1 << 20;

  @Inject TrackerConfig config;
  private transient byte[] icon;

  @PostConstruct
  void load() {
    if (config.favicon().isEmpty()) {
      return;
    }
    Path file = Path.of(config.favicon());
    try {
      if (Files.size(file) > MAX_SIZE) {
        LOG.warning(() -> "favicon " + file + " is over 1 MiB: not served");
        return;
      }
      icon = Files.readAllBytes(file);
    } catch (IOException e) {
      LOG.warning(() -> "favicon " + file + " cannot be read: " + e.getMessage());
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (icon == null) {
      NotFound.send(resp);
      return;
    }
    resp.setContentType("image/x-icon");
    resp.setContentLength(icon.length);
    resp.getOutputStream().write(icon);
  }
}
