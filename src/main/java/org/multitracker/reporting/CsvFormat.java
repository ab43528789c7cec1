package org.multitracker.reporting;

/**
 * CSV fields per RFC 4180 (quoted when they hold a comma, quote or line break; quotes doubled; CRLF
 * line ends). Text that clients chose, such as a user agent, is also defused against spreadsheet
 * formula injection (OWASP "CSV injection"): a value starting with = + - @ tab or carriage return
 * gets a leading apostrophe, so a spreadsheet shows it instead of evaluating it.
 */
public final class CsvFormat {
  public static final String LINE_END = "\r\n";

  private CsvFormat() {}

  /** A field of text from outside (tracker name, peer key, user agent); null is empty. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    String v = "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    return quoted(v);
  }

  /** RFC 4180 quoting only, for values the tracker produced itself (numbers, hex, times). */
  public static String quoted(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
