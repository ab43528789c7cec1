package org.multitracker.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one subcommand: positional arguments and {@code --name value} options.
 *
 * <p>Options may appear anywhere, as BitTornado's tools take them after the files; {@code
 * --name=value} is accepted too, and {@code --} ends the options so a file may start with a dash.
 */
record CommandLine(List<String> positional, Map<String, String> options) {

  CommandLine {
    positional = List.copyOf(positional);
    options = Map.copyOf(options);
  }

  static CommandLine parse(List<String> args, Set<String> knownOptions) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      if (!knownOptions.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("option --" + name + " needs a value");
      }
      if (options.put(name, value) != null) {
        throw new UsageException("option --" + name + " given twice");
      }
    }
    return new CommandLine(positional, options);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}
