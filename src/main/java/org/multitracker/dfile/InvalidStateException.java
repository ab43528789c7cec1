package org.multitracker.dfile;

/** The state file cannot be used; the tracker starts fresh and says why. */
public class InvalidStateException extends RuntimeException {
  public InvalidStateException(String message) {
    super(message);
  }
}
