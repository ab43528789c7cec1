package org.multitracker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Parses raw option values, collecting every problem so one deployment error names them all. */
final class OptionReader {
  static final String PREFIX = "tracker.";

  /** bttrack's options that the server's listener takes over: refused, but known by name. */
  static final List<String> LISTENER_OPTIONS =
      List.of(
          "port",
          "bind",
          "ipv6_enabled",
          "ipv6_binds_v4",
          "socket_timeout",
          "timeout_check_interval");

  private final Function<String, Optional<String>> lookup;
  private final List<String> problems = new ArrayList<>();

  OptionReader(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  Optional<String> raw(String option) {
    return lookup.apply(PREFIX + option).map(String::trim);
  }

  String string(String option, String defaultValue) {
    return raw(option).orElse(defaultValue);
  }

  int integer(String option, int defaultValue, int min, int max) {
    Optional<String> value = raw(option);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.get());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    problem(option, value.get(), "a whole number from " + min + " to " + max);
    return defaultValue;
  }

  double decimal(String option, double defaultValue, double min, double max) {
    Optional<String> value = raw(option);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      double parsed = Double.parseDouble(value.get());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    problem(option, value.get(), "a number from " + min + " to " + max);
    return defaultValue;
  }

  boolean bool(String option, boolean defaultValue) {
    Optional<String> value = raw(option);
    if (value.isEmpty()) {
      return defaultValue;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes":
        return true;
      case "0", "false", "no":
        return false;
      default:
        problem(option, value.get(), "0 or 1");
        return defaultValue;
    }
  }

  <E extends Enum<E>> E choice(String option, E defaultValue) {
    Optional<String> value = raw(option);
    if (value.isEmpty()) {
      return defaultValue;
    }
    for (E constant : defaultValue.getDeclaringClass().getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.get())) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : defaultValue.getDeclaringClass().getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    problem(option, value.get(), "one of " + String.join(", ", names));
    return defaultValue;
  }

  /** bttrack's listener options belong to the application server in a WAR. */
  void refuseListenerOptions() {
    for (String option : LISTENER_OPTIONS) {
      raw(option)
          .ifPresent(
              v ->
                  refuse(
                      option
                          + " is a listener setting: configure it on the server"
                          + " (for WildFly: -Djboss.http.port, -b <address>,"
                          + " -Djboss.socket.binding.port-offset, the Undertow listener's"
                          + " timeouts); see README, Configuration"));
    }
  }

  void problem(String option, String value, String allowed) {
    problems.add(
        PREFIX
            + option
            + "="
            + Secrets.option(option, value)
            + " is invalid: it must be "
            + allowed);
  }

  void refuse(String message) {
    problems.add(PREFIX + message);
  }

  void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
  }
}
