package org.multitracker.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.multitracker.config.TrackerConfig;

/**
 * The admin account of the configuration, taken while the WAR deploys, so that a bad hash (an
 * invalid TrackerConfig) fails the deployment.
 */
@Singleton
@Startup
public class AdminAccountProducer {
  private static final Logger LOG = Logger.getLogger(AdminAccountProducer.class.getName());
  @Inject TrackerConfig config;
  private AdminAccount account;

  @PostConstruct
  void read() {
    account = AdminAccount.of(config);
    if (!account.enabled()) {
      LOG.info("Admin page off: set admin_user and admin_password_hash to turn it on");
    }
  }

  @Produces
  public AdminAccount account() {
    return account;
  }
}
