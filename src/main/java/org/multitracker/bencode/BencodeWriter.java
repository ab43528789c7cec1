package org.multitracker.bencode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Streaming bencode writer into a growable, reusable byte array, for responses built on every
 * announce. It does not check structure or key order: callers write keys already sorted.
 *
 * <p>Not thread-safe; keep one per thread or per request and {@link #reset()} it between uses.
 */
public final class BencodeWriter {

  private static final int DEFAULT_CAPACITY = 256;

  private byte[] buf;
  private int size;

  public BencodeWriter() {
    this(DEFAULT_CAPACITY);
  }

  public BencodeWriter(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("negative capacity " + initialCapacity);
    }
    buf = new byte[Math.max(initialCapacity, 16)];
  }

  public BencodeWriter beginDict() {
    return put('d');
  }

  public BencodeWriter beginList() {
    return put('l');
  }

  public BencodeWriter end() {
    return put('e');
  }

  /** Writes a key whose chars are all ISO-8859-1, one byte per char. */
  public BencodeWriter key(String key) {
    int n = key.length();
    length(n);
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c > 0xFF) {
        throw new IllegalArgumentException("key is not ISO-8859-1: " + key);
      }
      buf[size++] = (byte) c;
    }
    return this;
  }

  public BencodeWriter string(byte[] bytes) {
    return string(bytes, 0, bytes.length);
  }

  public BencodeWriter string(byte[] bytes, int off, int len) {
    Objects.checkFromIndexSize(off, len, bytes.length);
    length(len);
    return append(bytes, off, len);
  }

  /** Writes the UTF-8 encoding of {@code text}. */
  public BencodeWriter string(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return string(text.getBytes(StandardCharsets.UTF_8));
      }
    }
    // ASCII, the common case for tracker responses: one byte per char, no intermediate array.
    length(n);
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  public BencodeWriter integer(long value) {
    ensure(22); // 'i', sign, 19 digits, 'e'
    buf[size++] = 'i';
    digits(value);
    buf[size++] = 'e';
    return this;
  }

  /** Appends bytes that are already bencoded, such as a cached sub-document. */
  public BencodeWriter raw(byte[] bencoded) {
    return append(bencoded, 0, bencoded.length);
  }

  public BencodeWriter raw(byte[] bencoded, int off, int len) {
    Objects.checkFromIndexSize(off, len, bencoded.length);
    return append(bencoded, off, len);
  }

  /** Writes a whole value tree, dictionary keys in unsigned byte order. */
  public BencodeWriter value(BValue value) {
    if (value instanceof BInteger i) {
      integer(i.value());
    } else if (value instanceof BString s) {
      string(s.unsafeBytes());
    } else if (value instanceof BList l) {
      beginList();
      for (BValue item : l.items()) {
        value(item);
      }
      end();
    } else if (value instanceof BDict d) {
      beginDict();
      ArrayList<Map.Entry<String, BValue>> sorted = new ArrayList<>(d.entries().entrySet());
      // Keys are ISO-8859-1, so String order is unsigned byte order.
      sorted.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, BValue> e : sorted) {
        key(e.getKey());
        value(e.getValue());
      }
      end();
    } else {
      throw new NullPointerException("value");
    }
    return this;
  }

  public int size() {
    return size;
  }

  /** The backing array, valid up to {@link #size()}; replaced when the writer grows. */
  public byte[] buffer() {
    return buf;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, size);
  }

  /** Empties the writer, keeping its buffer for the next document. */
  public void reset() {
    size = 0;
  }

  private BencodeWriter put(char c) {
    ensure(1);
    buf[size++] = (byte) c;
    return this;
  }

  private BencodeWriter append(byte[] bytes, int off, int len) {
    ensure(len);
    System.arraycopy(bytes, off, buf, size, len);
    size += len;
    return this;
  }

  private void length(int n) {
    ensure(11); // 10 digits and ':'
    digits(n);
    buf[size++] = ':';
  }

  /** Writes the decimal form of {@code v}; capacity must already be ensured. */
  private void digits(long v) {
    if (v == 0) {
      buf[size++] = '0';
      return;
    }
    // Work with the negative magnitude so Long.MIN_VALUE needs no special case.
    long n = v;
    if (v < 0) {
      buf[size++] = '-';
    } else {
      n = -v;
    }
    int count = 0;
    for (long t = n; t != 0; t /= 10) {
      count++;
    }
    int at = size + count;
    for (long t = n; t != 0; t /= 10) {
      buf[--at] = (byte) ('0' - (int) (t % 10));
    }
    size += count;
  }

  private void ensure(int extra) {
    int needed = size + extra;
    if (needed < 0) {
      throw new IllegalStateException("bencode output exceeds 2 GiB");
    }
    if (needed > buf.length) {
      int grown = Math.max(needed, buf.length * 2);
      buf = Arrays.copyOf(buf, grown < 0 ? needed : grown);
    }
  }
}
