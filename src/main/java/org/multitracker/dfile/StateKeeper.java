package org.multitracker.dfile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.swarm.Swarms;

/**
 * Restores the swarms from dfile at start (after allowed_dir is read, so torrents no longer allowed
 * stay out), saves them every save_dfile_interval and at shutdown.
 *
 * <p>The restore runs on its own thread while the tracker already answers announces (readiness says
 * DOWN meanwhile): a large file never holds up or fails the deployment. Nothing is saved until it
 * has finished, so a stop in the middle leaves the file as it was.
 */
@Singleton
@Startup
@DependsOn("AllowedDirScanner")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StateKeeper {
  private static final Logger LOG = Logger.getLogger(StateKeeper.class.getName());

  /** A restore checks for a stop after every record, so it ends within milliseconds. */
  private static final long STOP_WAIT_MILLIS = 10_000;

  @Resource TimerService timers;
  @Resource ManagedThreadFactory threads;
  @Inject TrackerConfig config;
  @Inject Swarms swarms;
  @Inject AllowedTorrents allowed;
  @Inject RestoreStatus status;

  private volatile boolean stopping;
  private Thread restoring;

  @PostConstruct
  void start() {
    if (config.dfile().isEmpty()) {
      status.phase(RestoreStatus.Phase.OFF);
      return;
    }
    StateRestore restore =
        new StateRestore(Path.of(config.dfile()), swarms, allowed::allows, status, () -> stopping);
    restoring = threads.newThread(restore);
    restoring.setName("dfile-restore");
    restoring.start();
    long interval = config.saveDfileInterval() * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("dfile", false));
  }

  @Timeout
  void periodicSave() {
    if (status.settled()) {
      save();
    }
  }

  @PreDestroy
  void shutdown() {
    if (config.dfile().isEmpty()) {
      return;
    }
    stopping = true;
    try {
      restoring.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (status.settled()) {
      save();
    } else {
      LOG.info(() -> "Not saving " + config.dfile() + ": its restore had not finished");
    }
  }

  synchronized void save() {
    Path file = Path.of(config.dfile());
    try (StateWriter writer = new StateWriter(file, System.currentTimeMillis())) {
      swarms.saveEach(writer::add);
      writer.commit();
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Cannot save tracker state to " + file + ": " + e);
    }
  }
}
