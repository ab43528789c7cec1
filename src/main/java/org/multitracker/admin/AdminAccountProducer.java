package org.multitracker.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the admin account while the WAR deploys, so a bad hash fails the deployment. */
@Singleton
@Startup
public class AdminAccountProducer {
  private static final Logger LOG = Logger.getLogger(AdminAccountProducer.class.getName());
  private AdminAccount account;

  @PostConstruct
  void read() {
    Config mp = ConfigProvider.getConfig();
    account = AdminAccount.from(key -> mp.getOptionalValue(key, String.class));
    if (!account.enabled()) {
      LOG.info("Admin page off: set admin_user and admin_password_hash to turn it on");
    }
  }

  @Produces
  public AdminAccount account() {
    return account;
  }
}
