package org.multitracker.config;

/**
 * Options whose feature this build does not have yet. Setting one to anything but its default
 * stops the deployment, so an operator never believes a setting works when it is ignored.
 */
final class UnsupportedOptions {
  private UnsupportedOptions() {}

  static void check(TrackerConfig c, OptionReader r) {
    refuseIf(r, !c.dfile().isEmpty(), "dfile", "saving tracker state");
    refuseIf(r, !c.allowedDir().isEmpty(), "allowed_dir", "allowed_dir");
    refuseIf(r, !c.allowedList().isEmpty(), "allowed_list", "allowed_list");
    refuseIf(r, c.allowedControls(), "allowed_controls", "allowed_controls");
    refuseIf(r, c.multitrackerEnabled(), "multitracker_enabled", "tracker-to-tracker polling");
    refuseIf(r, !c.aggregateForward().isEmpty(), "aggregate_forward", "announce forwarding");
    refuseIf(r, !c.aggregator().equals("0"), "aggregator", "aggregator mode");
    refuseIf(r, !c.allowedIps().isEmpty(), "allowed_ips", "IP allow lists");
    refuseIf(r, !c.bannedIps().isEmpty(), "banned_ips", "IP ban lists");
    refuseIf(r, c.allowGet(), "allow_get", "serving .torrent files");
    refuseIf(r, !c.dedicatedSeedId().isEmpty(), "dedicated_seed_id", "dedicated seeds");
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
