package org.multitracker.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Options whose feature this build does not have yet. Setting one to anything but its default stops
 * the deployment, so an operator never believes a setting works when it is ignored.
 */
final class UnsupportedOptions {
  private UnsupportedOptions() {}

  static void check(TrackerConfig c, OptionReader r) {
    if (c.multitrackerEnabled() && c.allowedDir().isEmpty()) {
      r.refuse(
          "multitracker_enabled=1 needs allowed_dir: the trackers to poll come from the"
              + " announce-lists of its torrents");
    }
    if (!c.multitrackerTemplate().isEmpty() && !c.multitrackerEnabled()) {
      r.refuse("multitracker_template is set but multitracker_enabled is 0");
    }
    for (String t : c.trustedTrackers()) {
      if (!t.startsWith("http://") && !t.startsWith("https://")) {
        r.refuse("multitracker_trusted entry '" + t + "' must start with http:// or https://");
      }
    }
    if (!c.aggregateForward().isEmpty()) {
      String url = c.aggregateForward().split(",", 2)[0].trim();
      if (!url.matches("https?://[^/?#\\s]+(/\\S*)?")) {
        r.refuse(
            "aggregate_forward="
                + Secrets.forwardOption(c.aggregateForward())
                + " is invalid: it must be url[,password] with an http:// or https:// announce"
                + " URL");
      }
    }
    if (!c.aggregateForwardSpool().isEmpty()) {
      if (c.aggregateForward().isEmpty()) {
        r.refuse("aggregate_forward_spool is set but aggregate_forward is not");
      } else if (!inExistingDirectory(c.aggregateForwardSpool())) {
        r.refuse(
            "aggregate_forward_spool="
                + c.aggregateForwardSpool()
                + " is invalid: its directory does not exist");
      }
    }
    if (c.isAggregator() && !c.aggregateForward().isEmpty()) {
      r.refuse("aggregator and aggregate_forward are both set: an aggregator does not forward");
    }
    if (c.allowGet() && c.allowedDir().isEmpty()) {
      r.refuse("allow_get=1 needs allowed_dir: only torrents from allowed_dir can be served");
    }
    if (c.allowedControls() && c.allowedDir().isEmpty()) {
      r.refuse("allowed_controls=1 needs allowed_dir: the controls are keys of its .torrent files");
    }
    if (c.hupmonitor()) {
      r.refuse(
          "hupmonitor: the server rotates its own logs (WildFly periodic-rotating-file-handler);"
              + " the tracker's access log (logfile) is reopened when the file is moved away");
    }
  }

  private static boolean inExistingDirectory(String file) {
    try {
      Path parent = Path.of(file).toAbsolutePath().getParent();
      return parent != null && Files.isDirectory(parent);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
