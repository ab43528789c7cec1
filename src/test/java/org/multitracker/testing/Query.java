package org.multitracker.testing;

import java.nio.charset.StandardCharsets;

/** Builds announce and scrape queries, percent-encoding binary values as clients do. */
public final class Query {
  private final StringBuilder s = new StringBuilder();

  public static Query of() {
    return new Query();
  }

  public Query add(String key, byte[] value) {
    if (s.length() > 0) {
      s.append('&');
    }
    s.append(key).append('=').append(encode(value));
    return this;
  }

  public Query add(String key, Object value) {
    return add(key, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
  }

  public Query raw(String text) {
    if (s.length() > 0) {
      s.append('&');
    }
    s.append(text);
    return this;
  }

  public static String encode(byte[] value) {
    StringBuilder b = new StringBuilder();
    for (byte x : value) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return s.toString();
  }
}
