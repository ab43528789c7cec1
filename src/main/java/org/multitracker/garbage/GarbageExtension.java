package org.multitracker.garbage;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ExceptionHandler;
import io.undertow.servlet.api.LoggingExceptionHandler;
import jakarta.servlet.ServletContext;

/**
 * Plugs the refusals into WildFly's servlet container (Undertow finds this class through
 * META-INF/services): the cookie gate in front of everything, the limit refusals around it.
 */
public class GarbageExtension implements ServletExtension {
  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    Refusals refusals = new Refusals(new OncePerMinute(System::currentTimeMillis));
    deployment.addInitialHandlerChainWrapper(next -> new CookieGate(next, refusals));
    // The provisioned server sets no handler of its own: Undertow's default then handles the rest.
    ExceptionHandler others = deployment.getExceptionHandler();
    deployment.setExceptionHandler(
        new LimitRefusals(others != null ? others : LoggingExceptionHandler.DEFAULT, refusals));
  }
}
