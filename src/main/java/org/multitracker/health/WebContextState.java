package org.multitracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Whether the WAR's web context is up, i.e. /announce can be served, for {@link TrackerServing}.
 */
@ApplicationScoped
public class WebContextState {
  private volatile boolean started;

  public boolean started() {
    return started;
  }

  void started(boolean up) {
    started = up;
  }

  /** The servlet container's word: called once the web context has started, and when it stops. */
  @WebListener
  public static class Listener implements ServletContextListener {
    @Inject WebContextState state;

    @Override
    public void contextInitialized(ServletContextEvent e) {
      state.started(true);
    }

    @Override
    public void contextDestroyed(ServletContextEvent e) {
      state.started(false);
    }
  }
}
