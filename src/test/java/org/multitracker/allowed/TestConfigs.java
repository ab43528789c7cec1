package org.multitracker.allowed;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.multitracker.config.TrackerConfig;

/** A {@link TrackerConfig} with the allowed options set. */
final class TestConfigs {

  private TestConfigs() {}

  static TrackerConfig unrestricted() {
    return TrackerConfig.defaults();
  }

  static TrackerConfig with(
      String allowedDir, String allowedList, String allowedIps, String bannedIps) {
    Map<String, String> options = new HashMap<>();
    options.put("tracker.allowed_dir", allowedDir);
    options.put("tracker.allowed_list", allowedList);
    options.put("tracker.allowed_ips", allowedIps);
    options.put("tracker.banned_ips", bannedIps);
    options.values().removeIf(String::isEmpty);
    return TrackerConfig.from(key -> Optional.ofNullable(options.get(key)));
  }

  static TrackerConfig allowedDir(String dir) {
    return with(dir, "", "", "");
  }

  static TrackerConfig allowedList(String file) {
    return with("", file, "", "");
  }

  static TrackerConfig ipLists(String allowedIps, String bannedIps) {
    return with("", "", allowedIps, bannedIps);
  }
}
