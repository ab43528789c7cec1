package org.multitracker.wire;

import java.nio.charset.StandardCharsets;
import org.multitracker.bencode.BencodeWriter;

/** How the tracker answered an announce or a scrape, as the operator counts them. */
public enum RequestOutcome {
  /** A normal answer (peers, scrape files, the aggregator's OK). */
  OK("ok"),
  /** A bencoded failure reason, whatever the status: not allowed, wrong password, IP refused. */
  REFUSED("refused"),
  /** Anything else, in practice bttrack's HTTP 400 "you sent me garbage". */
  BAD_REQUEST("bad_request");

  private static final byte[] FAILURE = "d14:failure reason".getBytes(StandardCharsets.US_ASCII);

  private final String label;

  RequestOutcome(String label) {
    this.label = label;
  }

  /** The value of the metrics' {@code outcome} label. */
  public String label() {
    return label;
  }

  /**
   * Classifies an answer from its status and the body already written: a prefix comparison on the
   * request's own buffer, so counting allocates nothing.
   */
  public static RequestOutcome of(int status, BencodeWriter body) {
    if (startsWithFailure(body)) {
      return REFUSED;
    }
    return status == 200 ? OK : BAD_REQUEST;
  }

  private static boolean startsWithFailure(BencodeWriter body) {
    if (body.size() < FAILURE.length) {
      return false;
    }
    byte[] bytes = body.buffer();
    for (int i = 0; i < FAILURE.length; i++) {
      if (bytes[i] != FAILURE[i]) {
        return false;
      }
    }
    return true;
  }
}
