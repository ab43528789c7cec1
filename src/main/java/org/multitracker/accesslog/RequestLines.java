package org.multitracker.accesslog;

import org.multitracker.config.Secrets;

/**
 * Request lines as the access log writes them: the value of every {@code password} parameter
 * (members send the aggregator's password with each forwarded announce) and {@code seed_id}
 * (dedicated_seed_id) is redacted, however the name is spelt (%70assword, PASSWORD).
 */
final class RequestLines {
  private RequestLines() {}

  static String withoutSecrets(String line) {
    if (line == null) {
      return null;
    }
    int query = line.indexOf('?');
    if (query < 0) {
      return line;
    }
    int end = line.lastIndexOf(' ');
    if (end < query) {
      end = line.length();
    }
    StringBuilder out = new StringBuilder(line.length()).append(line, 0, query + 1);
    int start = query + 1;
    while (start <= end) {
      int amp = line.indexOf('&', start);
      int stop = amp < 0 || amp > end ? end : amp;
      int eq = line.indexOf('=', start);
      if (eq >= 0 && eq < stop && isSecret(line, start, eq)) {
        out.append(line, start, eq + 1).append(Secrets.REDACTED);
      } else {
        out.append(line, start, stop);
      }
      if (stop < end) {
        out.append('&');
      }
      start = stop + 1;
    }
    return out.append(line, end, line.length()).toString();
  }

  /** Whether line[from, to) decodes to "password" or "seed_id" in any letter case. */
  private static boolean isSecret(String line, int from, int to) {
    StringBuilder name = new StringBuilder(8);
    for (int i = from; i < to && name.length() <= 8; i++) {
      char c = line.charAt(i);
      if (c == '%' && i + 2 < to) {
        int hi = Character.digit(line.charAt(i + 1), 16);
        int lo = Character.digit(line.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          name.append((char) (hi << 4 | lo));
          i += 2;
          continue;
        }
      }
      name.append(c);
    }
    String decoded = name.toString();
    return decoded.equalsIgnoreCase("password") || decoded.equalsIgnoreCase("seed_id");
  }
}
