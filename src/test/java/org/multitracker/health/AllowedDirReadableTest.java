package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multitracker.config.TrackerConfig;

class AllowedDirReadableTest {
  @TempDir Path dir;

  private static HealthCheckResponse check(String allowedDir) {
    AllowedDirReadable check = new AllowedDirReadable();
    Map<String, String> options =
        allowedDir.isEmpty() ? Map.of() : Map.of("tracker.allowed_dir", allowedDir);
    check.config = TrackerConfig.from(key -> Optional.ofNullable(options.get(key)));
    return check.call();
  }

  @Test
  void isReadyWithoutAllowedDir() {
    HealthCheckResponse r = check("");
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(r.getData().orElseThrow()).containsEntry("configured", false);
  }

  @Test
  void ignoresAllowedDirWhenAllowedListWins() {
    AllowedDirReadable check = new AllowedDirReadable();
    Map<String, String> options =
        Map.of("tracker.allowed_dir", dir.resolve("gone").toString(), "tracker.allowed_list", "x");
    check.config = TrackerConfig.from(key -> Optional.ofNullable(options.get(key)));
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void isReadyWhenAllowedDirCanBeListed() {
    assertThat(check(dir.toString()).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void isNotReadyWhenAllowedDirIsGone() {
    HealthCheckResponse r = check(dir.resolve("gone").toString());
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(r.getData().orElseThrow()).containsEntry("problem", "no such directory");
  }

  @Test
  void isNotReadyWhenAllowedDirIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    HealthCheckResponse r = check(file.toString());
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(r.getData().orElseThrow()).containsEntry("problem", "not a directory");
  }
}
