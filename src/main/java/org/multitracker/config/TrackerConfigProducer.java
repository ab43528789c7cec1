package org.multitracker.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the configuration once from MicroProfile Config (system properties, then environment
 * variables such as TRACKER_ALLOWED_DIR, then microprofile-config.properties).
 */
@ApplicationScoped
public class TrackerConfigProducer {
  private static final Logger LOG = Logger.getLogger(TrackerConfigProducer.class.getName());
  private volatile TrackerConfig config;

  @Produces
  public TrackerConfig config() {
    TrackerConfig c = config;
    if (c == null) {
      synchronized (this) {
        if (config == null) {
          config = read(ConfigProvider.getConfig());
        }
        c = config;
      }
    }
    return c;
  }

  private static TrackerConfig read(Config mp) {
    warnAboutUnknownKeys(mp);
    return TrackerConfig.from(key -> mp.getOptionalValue(key, String.class));
  }

  private static void warnAboutUnknownKeys(Config mp) {
    for (String name : mp.getPropertyNames()) {
      if (name.startsWith(OptionReader.PREFIX) && !KnownOptions.isKnown(name)) {
        LOG.warning(() -> "Unknown option " + name + " ignored: check its spelling");
      }
    }
  }
}
