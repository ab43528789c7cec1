package org.multitracker.tools;

/**
 * One input or output file cannot be processed. The message is printed after the file name, so it
 * reads as a reason ("is a directory"), and the tool goes on with its other files.
 */
final class FileFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FileFailure(String reason) {
    super(reason);
  }

  FileFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
