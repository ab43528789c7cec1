package org.multitracker.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of a query string, percent-decoded to bytes without any charset. Servlet
 * containers decode parameters as text, which mangles binary info hashes and peer ids.
 *
 * <p>Lookups scan linearly: an announce carries about a dozen parameters, where a hash map would
 * cost more to build than it saves. Returned arrays are shared, not copied; callers must not modify
 * them.
 */
public final class RawQuery {

  /** More parameters than any real announce carries; bounds the work one request can cause. */
  public static final int MAX_PARAMETERS = 200;

  private static final RawQuery EMPTY = new RawQuery(new String[0], new byte[0][], 0);

  private final String[] keys;
  private final byte[][] values;
  private final int size;

  private RawQuery(String[] keys, byte[][] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /**
   * Parses a raw query string as returned by {@code HttpServletRequest.getQueryString()}.
   *
   * @throws GarbageRequestException on a bad percent escape, a character that cannot come from an
   *     ASCII query string, or more than {@link #MAX_PARAMETERS} parameters
   */
  public static RawQuery parse(String queryString) {
    return parse(queryString, MAX_PARAMETERS);
  }

  /**
   * Parses like {@link #parse(String)} with another parameter cap; a scrape may legitimately carry
   * more info hashes than an announce has parameters.
   */
  public static RawQuery parse(String queryString, int maxParameters) {
    if (maxParameters < 1) {
      throw new IllegalArgumentException("maxParameters must be positive: " + maxParameters);
    }
    if (queryString == null || queryString.isEmpty()) {
      return EMPTY;
    }
    int capacity = 16;
    String[] keys = new String[capacity];
    byte[][] values = new byte[capacity][];
    int size = 0;
    int length = queryString.length();
    int start = 0;
    while (start <= length) {
      int end = queryString.indexOf('&', start);
      if (end < 0) {
        end = length;
      }
      if (end > start) {
        if (size == maxParameters) {
          throw new GarbageRequestException("too many parameters");
        }
        if (size == capacity) {
          capacity = Math.min(capacity * 2, maxParameters);
          keys = Arrays.copyOf(keys, capacity);
          values = Arrays.copyOf(values, capacity);
        }
        int eq = indexOf(queryString, '=', start, end);
        if (eq < 0) {
          // BitTornado rejects a bare key; accepting it as an empty value harms nobody.
          keys[size] = decodeKey(queryString, start, end);
          values[size] = new byte[0];
        } else {
          keys[size] = decodeKey(queryString, start, eq);
          values[size] = decode(queryString, eq + 1, end);
        }
        size++;
      }
      start = end + 1;
    }
    return new RawQuery(keys, values, size);
  }

  /** The first value of {@code key}, or null when the key is absent. */
  public byte[] first(String key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  /** Every value of {@code key} in query order; empty when the key is absent. */
  public List<byte[]> all(String key) {
    List<byte[]> found = null;
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        if (found == null) {
          found = new ArrayList<>(4);
        }
        found.add(values[i]);
      }
    }
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  public boolean has(String key) {
    return first(key) != null;
  }

  /** The first value of {@code key} as ISO-8859-1 text, or null when the key is absent. */
  public String firstString(String key) {
    byte[] value = first(key);
    return value == null ? null : new String(value, StandardCharsets.ISO_8859_1);
  }

  /** The number of parameters, counting repeated keys once per occurrence. */
  public int size() {
    return size;
  }

  /** The decoded name of the {@code index}-th parameter (ISO-8859-1, one char per byte). */
  public String key(int index) {
    return keys[Objects.checkIndex(index, size)];
  }

  /** The decoded value of the {@code index}-th parameter; empty for a bare key. */
  public byte[] value(int index) {
    return values[Objects.checkIndex(index, size)];
  }

  // String.indexOf has no end bound and would rescan the rest of the query for every bare key.
  private static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String decodeKey(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '+' || c > 0xFF) {
        return new String(decode(s, from, to), StandardCharsets.ISO_8859_1);
      }
    }
    return s.substring(from, to);
  }

  private static byte[] decode(String s, int from, int to) {
    int escapes = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '%') {
        if (i + 2 >= to) {
          throw new GarbageRequestException("bad escape in query");
        }
        escapes++;
        i += 2;
      }
    }
    byte[] out = new byte[to - from - 2 * escapes];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        out[n++] = (byte) (hexValue(s.charAt(i + 1)) << 4 | hexValue(s.charAt(i + 2)));
        i += 2;
      } else if (c == '+') {
        out[n++] = ' ';
      } else if (c > 0xFF) {
        throw new GarbageRequestException("non-ASCII character in query");
      } else {
        out[n++] = (byte) c;
      }
    }
    return out;
  }

  // Character.digit would also accept non-ASCII digits, which no client may send.
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw new GarbageRequestException("bad escape in query");
  }
}
