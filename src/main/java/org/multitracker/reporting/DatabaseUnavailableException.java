package org.multitracker.reporting;

/** The aggregator's database refused or failed a report query (down, not migrated, timed out). */
public class DatabaseUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
