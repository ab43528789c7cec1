package org.multitracker.metainfo;

/** A torrent file is malformed; the message says why in terms fit to show an operator. */
public final class InvalidMetainfoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidMetainfoException(String message) {
    super(message);
  }

  public InvalidMetainfoException(String message, Throwable cause) {
    super(message, cause);
  }
}
