package org.multitracker.state;

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
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.swarm.SavedSwarm;
import org.multitracker.swarm.Swarms;

/**
 * Restores the swarms from dfile at start (after allowed_dir is read, so torrents no longer
 * allowed stay out), saves them every save_dfile_interval and at shutdown. Saving runs on the
 * timer thread; announces only wait while their own swarm is copied.
 */
@Singleton
@Startup
@DependsOn("AllowedDirScanner")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StateKeeper {
  private static final Logger LOG = Logger.getLogger(StateKeeper.class.getName());

  @Resource TimerService timers;
  @Inject TrackerConfig config;
  @Inject Swarms swarms;
  @Inject AllowedTorrents allowed;

  @PostConstruct
  void start() {
    if (config.dfile().isEmpty()) {
      return;
    }
    restore();
    long interval = config.saveDfileInterval() * 1000L;
    timers.createIntervalTimer(interval, interval, new TimerConfig("dfile", false));
  }

  @Timeout
  void periodicSave() {
    save();
  }

  @PreDestroy
  void shutdown() {
    if (!config.dfile().isEmpty()) {
      save();
    }
  }

  synchronized void save() {
    Path file = Path.of(config.dfile());
    try {
      List<SavedSwarm> state = swarms.save();
      StateFile.write(file, state);
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Cannot save tracker state to " + file + ": " + e);
    }
  }

  private void restore() {
    Path file = Path.of(config.dfile());
    if (!Files.exists(file)) {
      LOG.info(() -> "No tracker state in " + file + " yet: starting fresh");
      return;
    }
    try {
      int torrents = 0;
      int peers = 0;
      for (SavedSwarm s : StateFile.read(file)) {
        if (allowed.allows(s.infoHash())) {
          swarms.restore(s);
          torrents++;
          peers += s.peers().size();
        }
      }
      int t = torrents;
      int p = peers;
      LOG.info(() -> "Restored " + t + " torrents and " + p + " peers from " + file);
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(file.getFileName() + ".unusable");
      LOG.warning(
          () ->
              "Tracker state in " + file + " is unusable, starting fresh (kept as " + aside
                  + "): " + e.getMessage());
      try {
        Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailed) {
        LOG.warning(() -> "Cannot move " + file + " aside: " + moveFailed.getMessage());
      }
    }
  }
}
