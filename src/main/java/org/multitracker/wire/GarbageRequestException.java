package org.multitracker.wire;

/**
 * A request the tracker refuses because the client sent something malformed. The message is the
 * bare reason; {@link #clientMessage()} is what goes back in the failure reason.
 */
public final class GarbageRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GarbageRequestException(String reason) {
    // A client error is an expected outcome, not a bug: a stack trace would only cost time.
    super(reason, null, false, false);
  }

  /** The reason alone, e.g. {@code "invalid port"}. */
  public String reason() {
    return getMessage();
  }

  /** The text shown to the client, in BitTornado's wording. */
  public String clientMessage() {
    return "you sent me garbage - " + getMessage();
  }
}
