package org.multitracker.tools;

import java.io.PrintStream;
import java.util.List;

/** A subcommand of {@link Main}. */
interface Command {

  /** Its line in the usage message, after the program name. */
  String usage();

  /**
   * @return the exit status: 0 on success, 1 if any file failed
   * @throws UsageException if the arguments are wrong, for exit status 2
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
