package org.multitracker.wire;

import java.nio.charset.StandardCharsets;
import org.multitracker.bencode.BencodeWriter;

/** The tracker's error answers, written into the request's buffer; each returns its status. */
public final class TrackerReplies {
  private TrackerReplies() {}

  /** bttrack's answer to a malformed request. */
  public static int garbage(BencodeWriter w, String reason) {
    return text(w, 400, "you sent me garbage - " + reason);
  }

  public static int text(BencodeWriter w, int status, String message) {
    w.reset();
    w.raw(message.getBytes(StandardCharsets.UTF_8));
    return status;
  }

  /** A refusal the client shows its user: HTTP 200 with a bencoded failure reason. */
  public static int failure(BencodeWriter w, String reason) {
    return failure(w, 200, reason);
  }

  public static int failure(BencodeWriter w, int status, String reason) {
    w.reset();
    w.beginDict();
    w.key("failure reason");
    w.string(reason);
    w.end();
    return status;
  }
}
