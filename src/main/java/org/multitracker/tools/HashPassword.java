package org.multitracker.tools;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * hashpassword: prints the admin_password_hash value for a password read from the terminal (not
 * echoed) or from the first line of stdin, never from the command line, where `ps` and the shell
 * history would show it. The format is Jakarta Security's PBKDF2: algorithm:iterations:salt:hash.
 */
final class HashPassword implements Command {
  static final int DEFAULT_ITERATIONS = 100_000;
  private final InputStream in;

  HashPassword(InputStream in) {
    this.in = in;
  }

  @Override
  public String usage() {
    return "hashpassword [--iterations N]   (password from the terminal or stdin)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine line = CommandLine.parse(args, Set.of("iterations"));
    if (!line.positional().isEmpty()) {
      throw new UsageException(
          "the password is read from the terminal or stdin, not the command line");
    }
    int iterations = DEFAULT_ITERATIONS;
    String given = line.option("iterations").orElse(null);
    if (given != null) {
      try {
        iterations = Integer.parseInt(given);
      } catch (NumberFormatException e) {
        iterations = -1;
      }
      if (iterations < 1_000 || iterations > 10_000_000) {
        throw new UsageException("--iterations must be a whole number from 1000 to 10000000");
      }
    }
    char[] password = readPassword(err);
    if (password == null || password.length == 0) {
      err.println(Main.PROGRAM + " hashpassword: no password given");
      return 1;
    }
    try {
      out.println(hash(password, iterations, new SecureRandom()));
      return 0;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private char[] readPassword(PrintStream err) {
    Console console = System.console();
    if (console != null && in == System.in) {
      return console.readPassword("Password for the admin account: ");
    }
    try {
      String first =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      return first == null ? null : first.toCharArray();
    } catch (IOException e) {
      err.println(Main.PROGRAM + " hashpassword: cannot read stdin: " + e.getMessage());
      return null;
    }
  }

  static String hash(char[] password, int iterations, SecureRandom random) {
    byte[] salt = new byte[32];
    random.nextBytes(salt);
    try {
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password, salt, iterations, 256))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    }
  }
}
