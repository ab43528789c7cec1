package org.multitracker.wire;

import io.undertow.security.api.AuthenticationMechanism;
import io.undertow.security.api.NotificationReceiver;
import io.undertow.security.api.SecurityContext;
import io.undertow.security.idm.Account;
import io.undertow.security.idm.IdentityManager;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletChain;
import io.undertow.servlet.handlers.ServletDispatchingHandler;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import jakarta.servlet.ServletContext;
import java.util.List;

/**
 * On WildFly, announces and scrapes go straight to their servlet, past the container's security
 * handlers. Those run for every request of a WAR that has security constraints (the admin pages'):
 * Elytron builds a security context, the JACC context is set, and the Jakarta Security bridge asks
 * the admin login mechanism about the request, looking the bean manager up in JNDI (with an
 * exception) on the way in and out: about 9 KB allocated per request (bench/alloc.sh), for paths no
 * constraint covers. Filters, error pages and CDI still apply; the servlet's own role check finds
 * no constraint and lets the request through. Undertow loads this class as a servlet extension
 * (META-INF/services); other servers never do.
 */
public final class TrackerRequestsSkipSecurity implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    // Added after WildFly's own wrappers, so each runs before them: the outer one before
    // security on a request's first dispatch, the inner one before Elytron's run-as handler on an
    // asynchronous dispatch back to the servlet (a lonely announce), which skips the outer ones.
    deployment.addOuterHandlerChainWrapper(SkipToTrackerServlet::new);
    deployment.addInnerHandlerChainWrapper(SkipToTrackerServlet::new);
  }

  static boolean isTrackerServlet(Class<?> servletClass) {
    return TrackerServlet.class.isAssignableFrom(servletClass);
  }

  /** Sends requests matched to a tracker servlet to it directly; others down the usual chain. */
  private static final class SkipToTrackerServlet implements HttpHandler {
    private static final AttachmentKey<Boolean> SKIPPED = AttachmentKey.create(Boolean.class);
    private final HttpHandler next;

    SkipToTrackerServlet(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      ServletRequestContext request = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
      ServletChain servlet = request == null ? null : request.getCurrentServlet();
      boolean tracker =
          servlet != null
              && isTrackerServlet(servlet.getManagedServlet().getServletInfo().getServletClass());
      // A tracker request's later dispatches (its error page after a 501, say) skip security too:
      // the security handlers never ran for it, so the ones behind them would find no context.
      if (tracker || exchange.getAttachment(SKIPPED) != null) {
        exchange.putAttachment(SKIPPED, Boolean.TRUE);
        // Only for this dispatch (the servlet's role check reads it on a first dispatch).
        exchange.setSecurityContext(Anonymous.INSTANCE);
        try {
          ServletDispatchingHandler.INSTANCE.handleRequest(exchange);
        } finally {
          exchange.setSecurityContext(null);
        }
      } else {
        next.handleRequest(exchange);
      }
    }
  }

  /**
   * The security context of every tracker request: nobody, and nobody can log in. Shared (it holds
   * no state), so skipping security allocates nothing; Undertow's servlet role check reads it.
   */
  static final class Anonymous implements SecurityContext {
    static final Anonymous INSTANCE = new Anonymous();

    @Override
    public boolean authenticate() {
      return false;
    }

    @Override
    public boolean login(String username, String password) {
      return false;
    }

    @Override
    public void logout() {}

    @Override
    public void setAuthenticationRequired() {
      throw new IllegalStateException("tracker requests never authenticate");
    }

    @Override
    public boolean isAuthenticationRequired() {
      return false;
    }

    @Override
    @Deprecated
    public void addAuthenticationMechanism(AuthenticationMechanism mechanism) {
      throw new IllegalStateException("tracker requests never authenticate");
    }

    @Override
    @Deprecated
    public List<AuthenticationMechanism> getAuthenticationMechanisms() {
      return List.of();
    }

    @Override
    public boolean isAuthenticated() {
      return false;
    }

    @Override
    public Account getAuthenticatedAccount() {
      return null;
    }

    @Override
    public String getMechanismName() {
      return null;
    }

    @Override
    @Deprecated
    public IdentityManager getIdentityManager() {
      return null;
    }

    @Override
    public void authenticationComplete(Account account, String mechanism, boolean cachingRequired) {
      throw new IllegalStateException("tracker requests never authenticate");
    }

    @Override
    public void authenticationFailed(String message, String mechanism) {}

    @Override
    public void registerNotificationReceiver(NotificationReceiver receiver) {}

    @Override
    public void removeNotificationReceiver(NotificationReceiver receiver) {}
  }
}
