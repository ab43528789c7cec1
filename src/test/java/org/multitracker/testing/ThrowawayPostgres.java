package org.multitracker.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own for fault tests (initdb and pg_ctl in a temporary directory, on a
 * port of its own, 55432 unless taken), which a test may stop and restart at will. Never the
 * machine's cluster on 5432. Run as the postgres user when the test runs as root (CI), as the
 * current user otherwise. Where the binaries are missing the test is skipped, unless CI=true: there
 * that is a failure.
 */
public final class ThrowawayPostgres implements AutoCloseable {
  private final Path bin;
  private final Path dir;
  private final int port;
  private final List<String> asOwner;

  private ThrowawayPostgres(Path bin, Path dir, int port, List<String> asOwner) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asOwner = asOwner;
  }

  /** initdb and start, or skip the test (fail it on CI) when PostgreSQL is not installed. */
  public static ThrowawayPostgres startOrSkip() throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      String why =
          "no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or -Dpg.bin";
      Prerequisites.require(false, why);
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("multitracker-pg-");
    List<String> asOwner = new ArrayList<>();
    if (root) {
      // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
      UserPrincipal postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
      asOwner.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort(), asOwner);
    Runtime.getRuntime().addShutdownHook(new Thread(pg::closeQuietly));
    pg.run("initdb", "-D", pg.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
    pg.start();
    return pg;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  public int port() {
    return port;
  }

  public void start() throws IOException, InterruptedException {
    run(
        "pg_ctl",
        "-D",
        data(),
        "-l",
        dir.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
  }

  /** A fast shutdown, as an operator's restart or a failover does: clients are disconnected. */
  public void stop() throws IOException, InterruptedException {
    run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop");
  }

  public void restart() throws IOException, InterruptedException {
    run(
        "pg_ctl",
        "-D",
        data(),
        "-m",
        "fast",
        "-w",
        "-t",
        "60",
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "restart");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (Files.exists(dir.resolve("data/postmaster.pid"))) {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "-t", "30", "stop");
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (Exception | Error ignored) {
      // the JVM is exiting; nothing more to do
    }
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private void run(String tool, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(asOwner);
    cmd.add(bin.resolve(tool).toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("multitracker-pg-cmd", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish within 120 s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", cmd) + " failed:\n" + Files.readString(out));
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static Path binaries() {
    String given = System.getProperty("pg.bin");
    if (given != null) {
      return Files.isExecutable(Path.of(given, "initdb")) ? Path.of(given) : null;
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(
              Comparator.comparing(
                  b ->
                      Integer.parseInt(
                          b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
          .orElse(null);
    } catch (IOException | RuntimeException none) {
      return null;
    }
  }

  /** 55432 when free (the README's example), else any free port. */
  private static int freePort() throws IOException {
    for (int candidate : new int[] {55432, 0}) {
      try (ServerSocket s = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      } catch (IOException taken) {
        // try the next
      }
    }
    throw new IOException("no free port");
  }
}
