package org.multitracker.config;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of every option, to warn about misspelt ones: {@link TrackerConfig}'s components under
 * their bttrack names, and the listener options that are refused by name. Derived, so an option
 * added to the record is known at once (KnownOptionsTest ties the two).
 */
final class KnownOptions {
  private KnownOptions() {}

  static final Set<String> NAMES =
      Stream.concat(
              Arrays.stream(TrackerConfig.class.getRecordComponents())
                  .map(KnownOptions::optionName),
              OptionReader.LISTENER_OPTIONS.stream())
          .map(n -> OptionReader.PREFIX + n)
          .collect(Collectors.toUnmodifiableSet());

  /** A component's bttrack name: maxPeersPerTorrent is max_peers_per_torrent. */
  static String optionName(RecordComponent component) {
    return component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  /**
   * True for an option's name in any spelling MicroProfile Config maps to it: an environment
   * variable TRACKER_ALLOWED_DIR is listed back as tracker.allowed.dir.
   */
  static boolean isKnown(String name) {
    String normal = normalize(name);
    return NAMES.stream().anyMatch(n -> normalize(n).equals(normal));
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }
}
