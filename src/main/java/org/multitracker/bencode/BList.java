package org.multitracker.bencode;

import java.util.List;
import java.util.Optional;

/** A bencoded list; {@link #items()} is unmodifiable. */
public record BList(List<BValue> items, int start, int end) implements BValue {

  public BList {
    items = List.copyOf(items);
    Spans.check(start, end);
  }

  public static BList of(List<? extends BValue> items) {
    return new BList(List.copyOf(items), -1, -1);
  }

  public static BList of(BValue... items) {
    return new BList(List.of(items), -1, -1);
  }

  public int size() {
    return items.size();
  }

  public BValue get(int index) {
    return items.get(index);
  }

  /** The item at {@code index} if it exists and is a string. */
  public Optional<BString> string(int index) {
    return index >= 0 && index < items.size() && items.get(index) instanceof BString s
        ? Optional.of(s)
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BList other && other.items.equals(items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "BList" + items;
  }
}
