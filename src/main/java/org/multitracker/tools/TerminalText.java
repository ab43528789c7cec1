package org.multitracker.tools;

/**
 * Makes text from a torrent safe to print on a terminal. Names and URLs come from whoever made the
 * file; an escape sequence in them could retitle the window, hide lines or fake output, and bidi
 * overrides can make a name read as another.
 */
final class TerminalText {

  private TerminalText() {}

  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String replacement(char c) {
    if (c == '\\') {
      // Escaped itself, so that "\x1b" in the output can only mean an escaped control.
      return "\\\\";
    } else if (c < 0x20 || c == 0x7F) {
      return String.format("\\x%02x", (int) c);
    } else if (c >= 0x80 && c <= 0x9F) {
      return String.format("\\u%04x", (int) c);
    } else if (isBidiControl(c)) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }

  private static boolean isBidiControl(char c) {
    return c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
