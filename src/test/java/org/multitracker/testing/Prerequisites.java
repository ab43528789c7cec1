package org.multitracker.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (chromium, aria2c, mktorrent, PostgreSQL). Missing, the test
 * is skipped on a developer's machine, but fails on CI (environment CI=true, set by .ci/run), where
 * everything is installed, so a broken install never passes as skipped tests.
 */
public final class Prerequisites {
  public static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  private Prerequisites() {}

  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips the test (fails it on CI) unless {@code present}; {@code missing} says what lacks. */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if (onCi()) {
      Assertions.fail(missing + " (CI=true: every test's tools must be installed)");
    }
    Assumptions.abort(missing);
  }

  /** The first of {@code names} found on PATH; skips the test (fails it on CI) if none is. */
  public static Path command(String... names) {
    Optional<Path> found =
        Arrays.stream(names).map(Prerequisites::onPath).flatMap(Optional::stream).findFirst();
    require(found.isPresent(), "not installed: " + String.join(" or ", names));
    return found.get();
  }

  /** Skips the test (fails it on CI) unless the PostgreSQL at {@code url} takes a connection. */
  public static void postgres(String url) {
    require(reachable(url), "no PostgreSQL at " + url);
  }

  static boolean reachable(String url) {
    String sep = url.contains("?") ? "&" : "?";
    try (Connection c =
        DriverManager.getConnection(url + sep + "connectTimeout=3", "postgres", "")) {
      return c.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
