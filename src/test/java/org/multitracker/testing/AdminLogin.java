package org.multitracker.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin account the tests configure: options admin_user and admin_password_hash (the Jakarta
 * Security PBKDF2 format, algorithm:iterations:salt:hash), and the Basic header to send.
 */
public final class AdminLogin {
  public static final String USER = "operator";
  public static final String PASSWORD = "correct horse battery staple";
  private static final String HASH = hash(PASSWORD);

  private AdminLogin() {}

  /** The tracker options that enable the admin account. */
  public static Map<String, String> options() {
    return Map.of("admin_user", USER, "admin_password_hash", HASH);
  }

  public static String passwordHash() {
    return HASH;
  }

  /** The value of an Authorization header for the configured account. */
  public static String basicAuthorization() {
    return basic(USER, PASSWORD);
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String hash(String password) {
    try {
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      int iterations = 10_000;
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
