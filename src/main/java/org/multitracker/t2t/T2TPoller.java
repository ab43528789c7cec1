package org.multitracker.t2t;

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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.multitracker.allowed.AllowedTorrents;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InvalidMetainfoException;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.network.TrackerIdentity;

/**
 * Drives T2T polling with a non-persistent EJB timer that ticks every second; the polls themselves
 * run on the container's managed executor through an asynchronous HTTP client.
 */
@Singleton
@Startup
@DependsOn("AllowedDirScanner")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class T2TPoller {
  static final long TICK_MILLIS = 1000;

  @Resource TimerService timers;
  @Resource ManagedExecutorService executor;
  @Inject TrackerConfig config;
  @Inject AllowedTorrents allowed;
  @Inject T2TList list;
  @Inject TrackerIdentity identity;

  private T2TControl control;

  @PostConstruct
  void start() {
    if (!config.multitrackerEnabled()) {
      return;
    }
    control =
        new T2TControl(
            list,
            new TrackerScreen(config.trustedTrackers()),
            new SnoopClient(executor, Duration.ofSeconds(config.httpTimeout())),
            allowed::current,
            template(),
            identity.id(),
            config.multitrackerReannounceInterval(),
            config.multitrackerMaxpeers(),
            System::currentTimeMillis);
    list.pollAtOnceWith(control::pollAtOnce);
    timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig("t2t-poll", false));
  }

  @Timeout
  void tick() {
    control.tick(System.currentTimeMillis());
  }

  @PreDestroy
  void stop() {
    list.stopAll("tracker shutting down");
  }

  /** multitracker_template: its announce-list replaces every torrent's for polling. */
  private List<List<String>> template() {
    if (config.multitrackerTemplate().isEmpty()) {
      return null;
    }
    Path file = Path.of(config.multitrackerTemplate());
    try {
      if (Files.size(file) > MetainfoParser.MAX_SIZE) {
        throw new IllegalStateException("tracker.multitracker_template " + file + " is too large");
      }
      return MetainfoParser.parse(Files.readAllBytes(file)).announceList();
    } catch (IOException | InvalidMetainfoException e) {
      throw new IllegalStateException(
          "tracker.multitracker_template " + file + " cannot be used: " + e.getMessage());
    }
  }
}
