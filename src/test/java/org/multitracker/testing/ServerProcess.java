package org.multitracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tracker in its own process: the server `mvn package` prepared, started from a private copy of
 * its base dir with a port offset and -Dtracker options, as an operator runs a cluster.
 */
public final class ServerProcess implements AutoCloseable {
  private final Path baseDir;
  private final int offset;
  private final Map<String, String> options;
  private final List<String> extraArgs = new ArrayList<>();
  private String javaOpts = "-Xms64m -Xmx384m -Djava.net.preferIPv4Stack=false";
  private Process process;

  public ServerProcess(String name, int offset, Map<String, String> options) {
    this(name, offset, options, "it-base");
  }

  /** With the server base dir to copy: it-base (H2 datasource) or it-base-pg (PostgreSQL). */
  public ServerProcess(String name, int offset, Map<String, String> options, String base) {
    this.offset = offset;
    this.options = options;
    Path target = Path.of(System.getProperty("jboss.home")).getParent();
    this.baseDir = target.resolve("cluster").resolve(name);
    try {
      deleteTree(baseDir);
      copyTree(target.resolve(base), baseDir);
      Files.copy(
          Path.of(System.getProperty("tracker.war")), baseDir.resolve("deployments/ROOT.war"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return 8080 + offset;
  }

  /** WildFly's management interface: health checks and Prometheus metrics. */
  public int managementPort() {
    return 9990 + offset;
  }

  public String announceUrl() {
    return "http://127.0.0.1:" + port() + "/announce";
  }

  public Path log() {
    return baseDir.resolve("console.log");
  }

  public Path baseDir() {
    return baseDir;
  }

  public String logText() throws IOException {
    return Files.readString(log());
  }

  /**
   * The value of a meter without labels from the management interface's Prometheus text, e.g.
   * multitracker_forward_queue_depth; NaN when the server does not answer or has no such meter.
   */
  public double sample(String metric) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/prometheus"))
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      String text =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
      Matcher m =
          Pattern.compile("(?m)^" + Pattern.quote(metric) + "(?:\\{[^}]*\\})? (\\S+)$")
              .matcher(text);
      return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    } catch (IOException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  /** An extra server argument, such as -Dpg.url=... */
  public ServerProcess withArg(String arg) {
    extraArgs.add(arg);
    return this;
  }

  /** JAVA_OPTS instead of the tests' small heap, e.g. standalone.conf's default heap. */
  public ServerProcess withJavaOpts(String opts) {
    javaOpts = opts;
    return this;
  }

  public ServerProcess start() throws IOException {
    Path home = Path.of(System.getProperty("jboss.home"));
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("bin/standalone.sh").toString());
    cmd.add("-Djboss.server.base.dir=" + baseDir);
    cmd.add("-Djboss.socket.binding.port-offset=" + offset);
    options.forEach((k, v) -> cmd.add("-Dtracker." + k + "=" + v));
    cmd.addAll(extraArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    pb.environment().put("JAVA_OPTS", javaOpts);
    process = pb.start();
    Process started = process;
    // A test JVM that dies (or is killed) must not leave servers holding the test ports.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  started.descendants().forEach(ProcessHandle::destroyForcibly);
                  started.destroyForcibly();
                }));
    return this;
  }

  /** Waits until the tracker answers announces (HTTP 400 to an empty one). */
  public void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(announceUrl())).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 400) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("tracker on port " + port() + " did not start; see " + log());
  }

  /**
   * Starts the server again if a test stopped it (or it died), and waits until it answers: a test
   * that needs the server running says so instead of relying on the tests before it.
   */
  public void ensureRunning(Duration timeout) throws IOException, InterruptedException {
    if (process == null || !process.isAlive()) {
      stop();
      start();
    }
    awaitReady(timeout);
  }

  /** Kills the server (and the JVM the start script launched). */
  public void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
    process = null;
  }

  /**
   * Stops the server as an operator or an orchestrator does (SIGTERM to its JVM): the WAR is
   * undeployed cleanly. Killed if it takes longer than {@code timeout}.
   */
  public void stopGracefully(Duration timeout) throws InterruptedException {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    stop();
    if (!exited) {
      throw new AssertionError("tracker on port " + port() + " did not stop within " + timeout);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
