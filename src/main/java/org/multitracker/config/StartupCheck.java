package org.multitracker.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Reads the configuration while the application deploys: an invalid or unsupported option fails the
 * deployment with {@link InvalidConfigException}, naming the option.
 */
@Singleton
@Startup
public class StartupCheck {
  private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

  @Inject TrackerConfig config;

  @PostConstruct
  void check() {
    LOG.info(() -> "Multitracker configuration: " + config);
  }
}
