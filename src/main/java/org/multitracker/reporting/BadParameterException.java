package org.multitracker.reporting;

/**
 * A query or path parameter the API cannot use; the message names it and is shown to the caller.
 */
public class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadParameterException(String message) {
    super(message);
  }
}
