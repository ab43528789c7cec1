package org.multitracker.bencode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Strict bencode decoder for untrusted input.
 *
 * <p>Only the canonical form is accepted (no leading zeros, no {@code -0}, integers within signed
 * 64 bits, keys never repeated), because two encodings of one value would give two info hashes for
 * one torrent. Any malformed input ends in a {@link BencodeException} naming the offset; no other
 * exception escapes, and nothing is allocated on the strength of a declared length before that
 * length is checked against the input actually present.
 *
 * <p>Spans and offsets are indices into the array passed in, also when decoding a slice of it.
 */
public final class Bdecoder {

  private final byte[] data;
  private final int limit;
  private final BencodeLimits limits;
  private int pos;
  private int depth;

  private Bdecoder(byte[] data, int off, int len, BencodeLimits limits) {
    this.data = data;
    this.pos = off;
    this.limit = off + len;
    this.limits = limits;
  }

  /** Decodes exactly one value spanning all of {@code data}. */
  public static BValue decode(byte[] data, BencodeLimits limits) {
    Objects.requireNonNull(data, "data");
    return decode(data, 0, data.length, limits);
  }

  /** Decodes exactly one value spanning {@code data[off, off + len)}. */
  public static BValue decode(byte[] data, int off, int len, BencodeLimits limits) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(limits, "limits");
    Objects.checkFromIndexSize(off, len, data.length);
    if (len > limits.maxInputSize()) {
      throw new BencodeException(
          "input of " + len + " bytes exceeds the limit of " + limits.maxInputSize() + " bytes",
          -1);
    }
    if (len == 0) {
      throw new BencodeException("empty input", off);
    }
    Bdecoder decoder = new Bdecoder(data, off, len, limits);
    BValue value = decoder.value();
    if (decoder.pos != decoder.limit) {
      throw new BencodeException("trailing data after the top-level value", decoder.pos);
    }
    return value;
  }

  private BValue value() {
    int b = peek("value");
    if (b == 'i') {
      return integer();
    } else if (b >= '0' && b <= '9') {
      return string();
    } else if (b == 'l') {
      return list();
    } else if (b == 'd') {
      return dict();
    } else if (b == '-') {
      throw new BencodeException("negative string length", pos);
    }
    throw new BencodeException("unexpected byte " + hex(b) + " where a value should start", pos);
  }

  private int peek(String expected) {
    if (pos >= limit) {
      throw new BencodeException("truncated input: expected " + expected, pos);
    }
    return data[pos] & 0xFF;
  }

  private BInteger integer() {
    int start = pos++;
    boolean negative = false;
    if (peek("integer digits") == '-') {
      negative = true;
      pos++;
    }
    int first = peek("integer digits");
    if (first == 'e') {
      throw new BencodeException(negative ? "integer with sign only" : "empty integer", start);
    }
    if (first == '0' && pos + 1 < limit && isDigit(data[pos + 1])) {
      throw new BencodeException("leading zero in integer", pos);
    }
    if (first == '0' && negative) {
      throw new BencodeException("negative zero in integer", start);
    }
    // Accumulate negatively: the negative range is one larger, so Long.MIN_VALUE fits.
    long bound = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long result = 0;
    while (true) {
      int b = peek("integer terminator 'e'");
      if (b == 'e') {
        break;
      }
      if (!isDigit((byte) b)) {
        throw new BencodeException("unexpected byte " + hex(b) + " in integer", pos);
      }
      int digit = b - '0';
      if (result < bound / 10 || result * 10 < bound + digit) {
        throw new BencodeException("integer does not fit in 64 bits", start);
      }
      result = result * 10 - digit;
      pos++;
    }
    pos++;
    return new BInteger(negative ? result : -result, start, pos);
  }

  private BString string() {
    int start = pos;
    int length = stringLength();
    byte[] bytes = Arrays.copyOfRange(data, pos, pos + length);
    pos += length;
    return new BString(bytes, start, pos);
  }

  /** Parses {@code <length>:}, leaving {@code pos} at the first content byte. */
  private int stringLength() {
    int start = pos;
    if (data[pos] == '0' && pos + 1 < limit && isDigit(data[pos + 1])) {
      throw new BencodeException("leading zero in string length", pos);
    }
    long length = 0;
    while (true) {
      int b = peek("':' after string length");
      if (b == ':') {
        break;
      }
      if (!isDigit((byte) b)) {
        throw new BencodeException("unexpected byte " + hex(b) + " in string length", pos);
      }
      length = length * 10 + (b - '0');
      // Checked per digit, so a 30-digit length neither overflows nor is read to its end.
      if (length > limits.maxStringLength()) {
        throw new BencodeException(
            "string length exceeds the limit of " + limits.maxStringLength() + " bytes", start);
      }
      pos++;
    }
    pos++;
    if (length > limit - pos) {
      throw new BencodeException(
          "truncated input: string of " + length + " bytes but only " + (limit - pos) + " left",
          start);
    }
    return (int) length;
  }

  private BList list() {
    int start = pos++;
    enter(start);
    ArrayList<BValue> items = new ArrayList<>();
    while (peek("list item or 'e'") != 'e') {
      items.add(value());
    }
    pos++;
    depth--;
    return new BList(items, start, pos);
  }

  private BDict dict() {
    int start = pos++;
    enter(start);
    LinkedHashMap<String, BValue> entries = new LinkedHashMap<>();
    String previous = null;
    while (true) {
      int b = peek("dictionary key or 'e'");
      if (b == 'e') {
        break;
      }
      int keyAt = pos;
      if (!isDigit((byte) b)) {
        throw new BencodeException("dictionary key is not a string", keyAt);
      }
      String key = key();
      // ISO-8859-1 chars compare like unsigned bytes, so String order is bencode order.
      if (limits.requireSortedKeys() && previous != null) {
        int cmp = key.compareTo(previous);
        if (cmp == 0) {
          throw new BencodeException("duplicate dictionary key", keyAt);
        }
        if (cmp < 0) {
          throw new BencodeException("unsorted dictionary keys", keyAt);
        }
      } else if (entries.containsKey(key)) {
        throw new BencodeException("duplicate dictionary key", keyAt);
      }
      entries.put(key, value());
      previous = key;
    }
    pos++;
    depth--;
    return new BDict(entries, start, pos);
  }

  private String key() {
    int length = stringLength();
    String key = new String(data, pos, length, StandardCharsets.ISO_8859_1);
    pos += length;
    return key;
  }

  private void enter(int at) {
    if (++depth > limits.maxDepth()) {
      throw new BencodeException("nesting deeper than " + limits.maxDepth() + " levels", at);
    }
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static String hex(int b) {
    return String.format("0x%02x", b);
  }
}
