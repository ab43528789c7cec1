package org.multitracker.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parsing of the API's plain parameters. Every value is attacker-controlled: anything unusable
 * becomes a {@link BadParameterException} naming the parameter. An empty value counts as absent,
 * which is what an HTML form sends for a filter left blank. Values arrive still percent-encoded
 * (the resources read them with {@code @Encoded}) and are decoded here, strictly: a bad escape is
 * the caller's mistake, a 400, not the framework's exception.
 */
public final class Params {
  private static final int MAX_TEXT = 100;
  // Years both databases store: beyond them a query would fail there, as a 503, not a 400.
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private Params() {}

  public static boolean absent(String value) {
    return value == null || value.isEmpty();
  }

  /** 40 hex digits in any case, as lowercase (the log's form); null when absent. */
  public static String hex40(String name, String encoded) {
    String value = decode(name, encoded);
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
  public static Instant instant(String name, String encoded) {
    String value = decode(name, encoded);
    if (absent(value)) {
      return null;
    }
    Instant t;
    try {
      t = Instant.parse(bounded(name, value));
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name + " must be an ISO-8601 instant, e.g. 2026-11-27T10:00:00Z");
    }
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      throw new BadParameterException(name + " must lie in the years 1 to 9999");
    }
    return t;
  }

  /** A decimal integer within [min, max], or {@code fallback} when absent. */
  public static int integer(String name, String encoded, int fallback, int min, int max) {
    String value = decode(name, encoded);
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

  /** Percent-decodes a query value as UTF-8 ('+' is a space); null stays null. */
  public static String decode(String name, String raw) {
    if (raw == null || raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
      return raw;
    }
    String value = bounded(name, raw);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= value.length() || !isHex(value.substring(i + 1, i + 3))) {
          throw new BadParameterException(name + " has a bad percent escape");
        }
        bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c == '+' ? ' ' : c);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadParameterException(name + " is not UTF-8");
    }
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
