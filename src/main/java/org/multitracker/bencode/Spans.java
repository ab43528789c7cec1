package org.multitracker.bencode;

/** The span invariant shared by the value records' constructors. */
final class Spans {

  private Spans() {}

  /** Either unset ({@code -1, -1}) or a non-empty range: no bencoded value has zero bytes. */
  static void check(int start, int end) {
    boolean unset = start == -1 && end == -1;
    if (!unset && (start < 0 || end <= start)) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }
}
