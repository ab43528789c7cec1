package org.multitracker.admin;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The user and password of an "Authorization: Basic ..." header (RFC 7617, UTF-8). */
final class BasicCredentials {
  private static final int MAX_HEADER = 2048;

  private BasicCredentials() {}

  static boolean isBasic(String header) {
    return header.length() > 6 && header.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ");
  }

  /** The credential, or null when the header is malformed. */
  static UsernamePasswordCredential parse(String header) {
    if (!isBasic(header) || header.length() > MAX_HEADER) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new UsernamePasswordCredential(
        decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
