package org.multitracker.aggregator;

import java.util.HexFormat;
import java.util.Locale;
import org.multitracker.wire.AnnounceEvent;

/**
 * Info hashes, peer ids and address keys as the database stores them since migration 7: their bytes
 * (BYTEA / VARBINARY), where the application speaks lowercase hex.
 */
public final class StoredIds {
  private static final HexFormat HEX = HexFormat.of();

  private StoredIds() {}

  /** The bytes of hex digits; null stays null. */
  public static byte[] bytes(String hex) {
    return hex == null ? null : HEX.parseHex(hex);
  }

  /**
   * announce_log.event (migration 7): the event's number in {@link AnnounceEvent}, whose names the
   * table announce_events lists; an unknown name is 0, none.
   */
  public static short eventCode(String event) {
    for (AnnounceEvent e : AnnounceEvent.values()) {
      if (e.name().equalsIgnoreCase(event)) {
        return (short) e.ordinal();
      }
    }
    return 0;
  }

  /** The name of an event number, as the API shows it. */
  public static String eventName(int code) {
    return AnnounceEvent.values()[code].name().toLowerCase(Locale.ROOT);
  }

  /** Lowercase hex of stored bytes; null stays null. */
  public static String hex(byte[] bytes) {
    return bytes == null ? null : HEX.formatHex(bytes);
  }
}
