package org.multitracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The option list is derived from TrackerConfig: the reader and the warning cannot drift. */
class KnownOptionsTest {
  @Test
  void areExactlyTheOptionsTheConfigurationReads() {
    Set<String> read = new TreeSet<>();
    TrackerConfig.from(
        key -> {
          read.add(key);
          return Optional.empty();
        });
    assertThat(read).isEqualTo(new TreeSet<>(KnownOptions.NAMES));
  }

  @Test
  void everyComponentIsReadUnderItsOwnName() {
    Set<String> read = new TreeSet<>();
    TrackerConfig.from(
        key -> {
          read.add(key);
          return Optional.empty();
        });
    for (var c : TrackerConfig.class.getRecordComponents()) {
      assertThat(read).as(c.getName()).contains("tracker." + KnownOptions.optionName(c));
    }
  }

  @Test
  void knowsEverySpellingMicroProfileConfigGives() {
    assertThat(KnownOptions.isKnown("tracker.max_peers_per_torrent")).isTrue();
    assertThat(KnownOptions.isKnown("TRACKER_ALLOWED_DIR")).isTrue();
    assertThat(KnownOptions.isKnown("tracker.admin.password.hash")).isTrue();
    assertThat(KnownOptions.isKnown("tracker.port")).isTrue();
    assertThat(KnownOptions.isKnown("tracker.reanounce_interval")).isFalse();
  }
}
