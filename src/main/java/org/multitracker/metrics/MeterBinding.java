package org.multitracker.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.multitracker.accesslog.AccessLog;
import org.multitracker.admin.LoginGate;
import org.multitracker.admin.LoginTarpit;
import org.multitracker.aggregator.AnnounceBuffer;
import org.multitracker.forwarding.AggregateForwarder;
import org.multitracker.infopage.InfoPageCache;
import org.multitracker.natcheck.NatChecker;
import org.multitracker.scrape.FullScrape;
import org.multitracker.swarm.Swarms;
import org.multitracker.t2t.T2TList;
import org.multitracker.wire.TrackerTraffic;

/**
 * Registers the tracker's meters when the application starts, if the server offers Micrometer.
 * WildFly does (micrometer subsystem); Payara does not, and there the WAR must still deploy: this
 * class names no Micrometer type, and {@link TrackerMeters}, which does, is loaded only after the
 * check.
 */
@ApplicationScoped
public class MeterBinding {
  private static final Logger LOG = Logger.getLogger(MeterBinding.class.getName());
  static final String REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";

  @Inject TrackerTraffic traffic;
  @Inject Swarms swarms;
  @Inject T2TList t2t;
  @Inject AggregateForwarder forwarder;
  @Inject AnnounceBuffer buffer;
  @Inject AccessLog accessLog;
  @Inject NatChecker natChecker;
  @Inject LoginGate logins;
  @Inject LoginTarpit tarpit;
  @Inject InfoPageCache infoPage;
  @Inject FullScrape fullScrape;

  SwarmCensus census;
  private Runnable unregister = () -> {};

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    census = new SwarmCensus(swarms::allStats, System::currentTimeMillis);
    if (!micrometerPresent(getClass().getClassLoader())) {
      LOG.info("This server has no Micrometer: the tracker's metrics are not published");
      return;
    }
    unregister = TrackerMeters.registerWithServerRegistry(this);
  }

  @PreDestroy
  void stop() {
    unregister.run();
  }

  static boolean micrometerPresent(ClassLoader loader) {
    try {
      Class.forName(REGISTRY_CLASS, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
