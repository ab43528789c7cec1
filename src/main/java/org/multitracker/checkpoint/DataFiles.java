package org.multitracker.checkpoint;

import java.nio.file.Path;
import java.util.Optional;
import org.multitracker.config.TrackerConfig;

/**
 * Where the tracker keeps a small state file that no option names: beside the dfile when there is
 * one (the operator chose that place to persist state), else in the server's data directory
 * (WildFly's jboss.server.data.dir). Servers without a data directory (Payara Micro) and no dfile
 * have no such place.
 */
public final class DataFiles {
  private DataFiles() {}

  /** The file {@code name}, e.g. {@code forward-spool}, for this tracker. */
  public static Optional<Path> locate(TrackerConfig config, String name) {
    return locate(config.dfile(), System.getProperty("jboss.server.data.dir"), name);
  }

  static Optional<Path> locate(String dfile, String dataDir, String name) {
    if (!dfile.isEmpty()) {
      return Optional.of(Path.of(dfile + "." + name));
    }
    if (dataDir != null && !dataDir.isEmpty()) {
      return Optional.of(Path.of(dataDir, "multitracker", name));
    }
    return Optional.empty();
  }
}
