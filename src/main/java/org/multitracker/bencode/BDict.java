package org.multitracker.bencode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A bencoded dictionary.
 *
 * <p>Keys are byte strings held as ISO-8859-1 {@code String}s: each char is one byte, so the
 * mapping is lossless and {@link String#compareTo} orders keys exactly as unsigned bytes, which is
 * the order bencode prescribes. {@link #entries()} is unmodifiable and keeps source (or insertion)
 * order; the encoder sorts keys itself.
 *
 * <p>The typed accessors ({@link #dict}, {@link #string}, ...) return empty both when a key is
 * absent and when it holds another type; use {@link #get} where the difference matters.
 */
public record BDict(Map<String, BValue> entries, int start, int end) implements BValue {

  public BDict {
    Spans.check(start, end);
    LinkedHashMap<String, BValue> copy = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<String, BValue> e : entries.entrySet()) {
      copy.put(checkKey(e.getKey()), Objects.requireNonNull(e.getValue(), "value"));
    }
    entries = Collections.unmodifiableMap(copy);
  }

  public static BDict of(Map<String, ? extends BValue> entries) {
    return new BDict(Collections.unmodifiableMap(entries), -1, -1);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<BValue> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  public int size() {
    return entries.size();
  }

  public Optional<BDict> dict(String key) {
    return entries.get(key) instanceof BDict d ? Optional.of(d) : Optional.empty();
  }

  public Optional<BList> list(String key) {
    return entries.get(key) instanceof BList l ? Optional.of(l) : Optional.empty();
  }

  public Optional<BString> string(String key) {
    return entries.get(key) instanceof BString s ? Optional.of(s) : Optional.empty();
  }

  public OptionalLong integer(String key) {
    return entries.get(key) instanceof BInteger i
        ? OptionalLong.of(i.value())
        : OptionalLong.empty();
  }

  /** The string at {@code key} decoded as UTF-8 with replacement. */
  public Optional<String> utf8(String key) {
    return string(key).map(BString::utf8);
  }

  private static String checkKey(String key) {
    Objects.requireNonNull(key, "key");
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) > 0xFF) {
        // Such a key has no single-byte form and would not survive encoding.
        throw new IllegalArgumentException("dictionary key is not ISO-8859-1: " + key);
      }
    }
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BDict other && other.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "BDict" + entries;
  }

  /** Collects entries in insertion order for building values in code. */
  public static final class Builder {
    private final LinkedHashMap<String, BValue> entries = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String key, BValue value) {
      entries.put(key, value);
      return this;
    }

    public Builder put(String key, String utf8) {
      return put(key, BString.of(utf8));
    }

    public Builder put(String key, byte[] bytes) {
      return put(key, BString.of(bytes));
    }

    public Builder put(String key, long value) {
      return put(key, BInteger.of(value));
    }

    public BDict build() {
      return new BDict(entries, -1, -1);
    }
  }
}
