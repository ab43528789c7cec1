package org.multitracker.config;

/**
 * Options whose feature this build does not have yet. Setting one to anything but its default
 * stops the deployment, so an operator never believes a setting works when it is ignored.
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
    refuseIf(r, !c.aggregateForward().isEmpty(), "aggregate_forward", "announce forwarding");
    refuseIf(r, !c.aggregator().equals("0"), "aggregator", "aggregator mode");
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

  private static void refuseIf(OptionReader r, boolean set, String option, String feature) {
    if (set) {
      r.refuse(option + " is not supported yet by this build (" + feature + "); unset it");
    }
  }
}
