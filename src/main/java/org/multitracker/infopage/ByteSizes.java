package org.multitracker.infopage;

import java.util.Locale;

/** Byte counts for people, on the info page and the admin page: 1.50 GiB. */
public final class ByteSizes {
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private ByteSizes() {}

  /** The size in binary units; empty for a negative (unknown) size. */
  public static String text(long bytes) {
    if (bytes < 0) {
      return "";
    }
    double v = bytes;
    int unit = 0;
    while (v >= 1024 && unit < UNITS.length - 1) {
      v /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.2f %s", v, UNITS[unit]);
  }
}
