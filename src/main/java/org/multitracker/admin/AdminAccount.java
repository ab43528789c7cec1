package org.multitracker.admin;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.multitracker.config.InvalidConfigException;

/**
 * The operator account from admin_user and admin_password_hash. Nothing is shipped: with neither
 * set the admin page and the API refuse everyone.
 *
 * @param passwordHash Jakarta Security's PBKDF2 form, algorithm:iterations:salt:hash (base64)
 */
public record AdminAccount(String user, String passwordHash) {
  public static final String ROLE = "tracker-admin";
  private static final Pattern HASH =
      Pattern.compile("PBKDF2WithHmacSHA(224|256|384|512):[0-9]{1,9}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
  private static final int MIN_ITERATIONS = 1_000;

  public boolean enabled() {
    return !user.isEmpty();
  }

  /** Reads tracker.admin_user and tracker.admin_password_hash; throws naming what is wrong. */
  public static AdminAccount from(Function<String, Optional<String>> lookup) {
    String user = lookup.apply("tracker.admin_user").map(String::trim).orElse("");
    String hash = lookup.apply("tracker.admin_password_hash").map(String::trim).orElse("");
    List<String> problems = new ArrayList<>();
    if (user.isEmpty() != hash.isEmpty()) {
      problems.add("admin_user and admin_password_hash must be set together (or neither, which"
          + " turns the admin page off)");
    }
    if (!hash.isEmpty() && !validHash(hash)) {
      problems.add("admin_password_hash must be PBKDF2WithHmacSHA256:iterations:salt:hash as"
          + " printed by `java -jar multitracker-tools.jar hashpassword` (at least "
          + MIN_ITERATIONS + " iterations)");
    }
    if (user.length() > 64 || user.chars().anyMatch(c -> c < 0x21 || c == ':')) {
      problems.add("admin_user must be at most 64 visible characters without ':'");
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
    return new AdminAccount(user, hash);
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

  @Override
  public String toString() {
    return enabled() ? "admin account " + user : "no admin account";
  }
}
