package org.multitracker.wire;

/** Decimal parsing straight from query bytes, so that a number costs no String allocation. */
final class Decimal {

  /** Returned for anything that is not a non-negative decimal integer. */
  static final long INVALID = -1;

  private Decimal() {}

  /**
   * Parses an optionally '-'-signed run of ASCII digits and returns it if it is not negative, else
   * {@link #INVALID}. A value past {@link Long#MAX_VALUE} is {@link #INVALID} unless {@code
   * saturate}, in which case it becomes {@link Long#MAX_VALUE}. "-0" is zero, as Python's int()
   * (and thus BitTornado) has it; '+', blanks and empty values are rejected.
   */
  static long parseNonNegative(byte[] value, boolean saturate) {
    if (value == null || value.length == 0) {
      return INVALID;
    }
    boolean negative = value[0] == '-';
    int start = negative ? 1 : 0;
    if (start == value.length) {
      return INVALID;
    }
    long result = 0;
    boolean overflow = false;
    for (int i = start; i < value.length; i++) {
      int digit = value[i] - '0';
      if (digit < 0 || digit > 9) {
        return INVALID;
      }
      if (!overflow) {
        if (result > (Long.MAX_VALUE - digit) / 10) {
          // Keep scanning: a later non-digit still makes the whole value invalid.
          overflow = true;
        } else {
          result = result * 10 + digit;
        }
      }
    }
    if (negative) {
      return !overflow && result == 0 ? 0 : INVALID;
    }
    if (overflow) {
      return saturate ? Long.MAX_VALUE : INVALID;
    }
    return result;
  }
}
