package org.multitracker.bencode;

/** A bencoded integer; always fits a signed 64-bit value. */
public record BInteger(long value, int start, int end) implements BValue {

  public BInteger {
    Spans.check(start, end);
  }

  public static BInteger of(long value) {
    return new BInteger(value, -1, -1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BInteger other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return "BInteger[" + value + "]";
  }
}
