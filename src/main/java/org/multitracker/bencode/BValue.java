package org.multitracker.bencode;

/**
 * A bencoded value.
 *
 * <p>{@link #start()} and {@link #end()} give the byte span {@code [start, end)} the value occupied
 * in the array it was decoded from, or {@code -1, -1} for values built in code. The span is not
 * part of a value's identity: {@code equals} and {@code hashCode} compare content only, so a
 * decoded value equals the same value built in code.
 */
public sealed interface BValue permits BInteger, BString, BList, BDict {

  int start();

  int end();

  /** Whether this value was decoded and so has a source span. */
  default boolean hasSpan() {
    return start() >= 0;
  }
}
