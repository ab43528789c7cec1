package org.multitracker.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The {@code event} parameter of an announce. */
public enum AnnounceEvent {
  NONE,
  STARTED,
  COMPLETED,
  STOPPED;

  private static final byte[] STARTED_BYTES = ascii("started");
  private static final byte[] COMPLETED_BYTES = ascii("completed");
  private static final byte[] STOPPED_BYTES = ascii("stopped");
  // Sent by BitTornado's tracker-to-tracker polling; it carries no peer state change.
  private static final byte[] SNOOPED_BYTES = ascii("snooped");

  /**
   * Parses the raw parameter value; null (absent) or empty means a regular interval announce.
   *
   * @throws GarbageRequestException with reason {@code "invalid event"} for any other value
   */
  public static AnnounceEvent parse(byte[] value) {
    if (value == null || value.length == 0) {
      return NONE;
    }
    if (Arrays.equals(value, STARTED_BYTES)) {
      return STARTED;
    }
    if (Arrays.equals(value, COMPLETED_BYTES)) {
      return COMPLETED;
    }
    if (Arrays.equals(value, STOPPED_BYTES)) {
      return STOPPED;
    }
    if (Arrays.equals(value, SNOOPED_BYTES)) {
      return NONE;
    }
    throw new GarbageRequestException("invalid event");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
