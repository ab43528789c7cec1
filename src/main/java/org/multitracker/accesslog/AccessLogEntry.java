package org.multitracker.accesslog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One request, formatted on the writer thread, not on the request thread. */
record AccessLogEntry(
    String client,
    long epochMillis,
    String requestLine,
    int status,
    int bytes,
    String referer,
    String userAgent) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
          .withZone(ZoneId.systemDefault());

  String format() {
    return client
        + " - - ["
        + TIME.format(Instant.ofEpochMilli(epochMillis))
        + "] \""
        + quoted(RequestLines.withoutSecrets(requestLine))
        + "\" "
        + status
        + " "
        + bytes
        + " \""
        + quoted(referer)
        + "\" \""
        + quoted(userAgent)
        + "\"";
  }

  /** Escapes what a client controls, so a log line cannot be forged or broken. */
  static String quoted(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 2048));
    for (int i = 0; i < s.length() && i < 2048; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        b.append(String.format("\\x%02x", (int) c & 0xff));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
