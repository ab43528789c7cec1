package org.multitracker.tools;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the command-line tools. Exit status: 0 on success, 1 if any file failed (each
 * reported as {@code file: reason} on stderr), 2 for a wrong command line.
 */
public final class Main {

  static final String PROGRAM = "multitracker-tools";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; never exits the JVM, so tests call it directly. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.console() != null);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    Map<String, Command> commands = commands(err, terminal);
    if (args.length == 0) {
      printUsage(err, commands);
      return 2;
    }
    if (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
      printUsage(out, commands);
      return 0;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println(PROGRAM + ": unknown command " + TerminalText.escape(args[0]));
      printUsage(err, commands);
      return 2;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println(PROGRAM + " " + args[0] + ": " + TerminalText.escape(e.getMessage()));
      err.println("usage: " + PROGRAM + " " + command.usage());
      return 2;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static Map<String, Command> commands(PrintStream err, boolean terminal) {
    Map<String, Command> commands = new LinkedHashMap<>();
    commands.put("reannounce", new Reannounce());
    commands.put("copyannounce", new CopyAnnounce());
    commands.put("showmetainfo", new ShowMetainfo());
    commands.put(
        "makemetafile", new MakeMetafile(Progress.onStderr(err, terminal), Clock.systemUTC()));
    commands.put("hashpassword", new HashPassword(System.in));
    return commands;
  }

  private static void printUsage(PrintStream stream, Map<String, Command> commands) {
    stream.println("usage:");
    for (Command command : commands.values()) {
      stream.println("  " + PROGRAM + " " + command.usage());
    }
  }
}
