package org.multitracker.garbage;

import java.nio.charset.StandardCharsets;

/** A kind of hostile request, with the status and plain-text answer it gets. */
enum Refusal {
  TOO_MANY_COOKIES(400, "too many cookies"),
  TOO_MANY_PARAMETERS(400, "too many parameters"),
  BODY_TOO_LARGE(413, "request body too large");

  final int status;
  final String reason;
  final byte[] body;

  Refusal(int status, String reason) {
    this.status = status;
    this.reason = reason;
    this.body = ("you sent me garbage - " + reason + "\n").getBytes(StandardCharsets.US_ASCII);
  }
}
