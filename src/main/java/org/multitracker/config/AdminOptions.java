package org.multitracker.config;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Checks admin_user and admin_password_hash, so that a half-set account or a plain password fails
 * the deployment with every other invalid option.
 */
final class AdminOptions {
  private static final Pattern HASH =
      Pattern.compile(
          "PBKDF2WithHmacSHA(224|256|384|512):[0-9]{1,9}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
  static final int MIN_ITERATIONS = 1_000;

  private AdminOptions() {}

  static void check(TrackerConfig c, OptionReader r) {
    String user = c.adminUser();
    String hash = c.adminPasswordHash();
    if (user.isEmpty() != hash.isEmpty()) {
      r.refuse(
          "admin_user and admin_password_hash must be set together (or neither, which"
              + " turns the admin page off)");
    }
    if (!hash.isEmpty() && !validHash(hash)) {
      r.refuse(
          "admin_password_hash must be PBKDF2WithHmacSHA256:iterations:salt:hash as"
              + " printed by `java -jar multitracker-tools.jar hashpassword` (at least "
              + MIN_ITERATIONS
              + " iterations)");
    }
    if (user.length() > 64 || user.chars().anyMatch(ch -> ch < 0x21 || ch == ':')) {
      r.refuse("admin_user must be at most 64 visible characters without ':'");
    }
  }

  private static boolean validHash(String hash) {
    if (!HASH.matcher(hash).matches()) {
      return false;
    }
    String[] parts = hash.split(":");
    try {
      Base64.getDecoder().decode(parts[2]);
      Base64.getDecoder().decode(parts[3]);
      return Integer.parseInt(parts[1]) >= MIN_ITERATIONS;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
