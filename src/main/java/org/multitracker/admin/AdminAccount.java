package org.multitracker.admin;

import org.multitracker.config.TrackerConfig;

/**
 * The operator account from admin_user and admin_password_hash (checked with every other option by
 * {@link TrackerConfig#from}). Nothing is shipped: with neither set the admin page and the API
 * refuse everyone.
 *
 * @param passwordHash Jakarta Security's PBKDF2 form, algorithm:iterations:salt:hash (base64)
 */
public record AdminAccount(String user, String passwordHash) {
  public static final String ROLE = "tracker-admin";

  public boolean enabled() {
    return !user.isEmpty();
  }

  /** The account of a configuration; empty (off) when admin_user is not set. */
  public static AdminAccount of(TrackerConfig config) {
    return new AdminAccount(config.adminUser(), config.adminPasswordHash());
  }

  @Override
  public String toString() {
    return enabled() ? "admin account " + user : "no admin account";
  }
}
