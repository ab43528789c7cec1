package org.multitracker.reporting.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parsing of the API's plain parameters. Every value is attacker-controlled: anything unusable
 * becomes a {@link BadParameterException} naming the parameter. An empty value counts as absent,
 * which is what an HTML form sends for a filter left blank.
 */
public final class Params {
  private static final int MAX_TEXT = 100;

  private Params() {}

  public static boolean absent(String value) {
    return value == null || value.isEmpty();
  }

  /** 40 hex digits in any case, as lowercase (the log's form); null when absent. */
  public static String hex40(String name, String value) {
    if (absent(value)) {
      return null;
    }
    if (value.length() != 40 || !isHex(value)) {
      throw new BadParameterException(name + " must be 40 hex digits");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  public static String requiredHex40(String name, String value) {
    if (absent(value)) {
      throw new BadParameterException(name + " is required");
    }
    return hex40(name, value);
  }

  /** An ISO-8601 instant such as 2026-11-27T10:00:00Z (an offset is accepted); null when absent. */
  public static Instant instant(String name, String value) {
    if (absent(value)) {
      return null;
    }
    try {
      return Instant.parse(bounded(name, value));
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name + " must be an ISO-8601 instant, e.g. 2026-11-27T10:00:00Z");
    }
  }

  /** A decimal integer within [min, max], or {@code fallback} when absent. */
  public static int integer(String name, String value, int fallback, int min, int max) {
    if (absent(value)) {
      return fallback;
    }
    String v = bounded(name, value);
    if (!v.matches("-?[0-9]+")) {
      throw new BadParameterException(name + " must be an integer from " + min + " to " + max);
    }
    // Too many digits for a long is out of range as well.
    long n = v.length() > 18 ? Long.MAX_VALUE : Long.parseLong(v);
    if (n < min || n > max) {
      throw new BadParameterException(name + " must be an integer from " + min + " to " + max);
    }
    return (int) n;
  }

  static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** Long values are refused before any parser sees them. */
  private static String bounded(String name, String value) {
    if (value.length() > MAX_TEXT) {
      throw new BadParameterException(name + " is too long");
    }
    return value;
  }
}
