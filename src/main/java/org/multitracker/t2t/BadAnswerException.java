package org.multitracker.t2t;

/** Another tracker answered something that is not a tracker answer. */
public class BadAnswerException extends RuntimeException {
  public BadAnswerException(String message) {
    super(message, null, false, false);
  }
}
