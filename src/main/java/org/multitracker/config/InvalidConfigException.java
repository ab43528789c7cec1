package org.multitracker.config;

import java.util.List;

/** Thrown at deployment when options are invalid or not supported; the message names each one. */
public class InvalidConfigException extends RuntimeException {
  private final List<String> problems;

  public InvalidConfigException(List<String> problems) {
    super("Invalid tracker configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
