package org.multitracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForwardSpoolOptionTest {
  @TempDir Path dir;

  private static TrackerConfig with(Map<String, String> values) {
    return TrackerConfig.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void isEmptyByDefaultMeaningBesideTheDfileOrInTheDataDir() {
    assertThat(TrackerConfig.defaults().aggregateForwardSpool()).isEmpty();
  }

  @Test
  void acceptsAFileInAnExistingDirectory() {
    String file = dir.resolve("spool").toString();
    TrackerConfig c =
        with(
            Map.of(
                "tracker.aggregate_forward",
                "http://agg:8080/announce",
                "tracker.aggregate_forward_spool",
                file));
    assertThat(c.aggregateForwardSpool()).isEqualTo(file);
  }

  @Test
  void refusesADirectoryThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                with(
                    Map.of(
                        "tracker.aggregate_forward",
                        "http://agg:8080/announce",
                        "tracker.aggregate_forward_spool",
                        dir.resolve("no/such/spool").toString())))
        .hasMessageContaining("aggregate_forward_spool=")
        .hasMessageContaining("its directory does not exist");
  }

  @Test
  void refusesASpoolWithoutForwarding() {
    assertThatThrownBy(
            () -> with(Map.of("tracker.aggregate_forward_spool", dir.resolve("s").toString())))
        .hasMessageContaining("aggregate_forward_spool is set but aggregate_forward is not");
  }
}
