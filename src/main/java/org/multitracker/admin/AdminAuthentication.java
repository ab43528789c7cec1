package org.multitracker.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * Logs operators in for /admin and /api: a Basic header (scripts, curl) or the /login form
 * (browsers, remembered in the session). Every other path returns at the first test, so the
 * announce path pays one string comparison.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {
  static final String SESSION_USER = "multitracker.admin.user";
  static final String REALM = "Multitracker admin";

  @Inject AdminIdentityStore store;
  @Inject LoginGate gate;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest req, HttpServletResponse resp, HttpMessageContext ctx) {
    String path = AdminPaths.of(req);
    if (!AdminPaths.isAdmin(path)) {
      return ctx.doNothing();
    }
    String authorization = req.getHeader("Authorization");
    if (authorization != null && BasicCredentials.isBasic(authorization)) {
      return basic(authorization, req, resp, ctx);
    }
    if (path.equals(AdminPaths.LOGIN) && "POST".equals(req.getMethod())) {
      return formLogin(req, resp, ctx);
    }
    HttpSession session = req.getSession(false);
    Object user = session == null ? null : session.getAttribute(SESSION_USER);
    if (user instanceof String name) {
      return ctx.notifyContainerAboutLogin(new CallerPrincipal(name), Set.of(AdminAccount.ROLE));
    }
    if (!ctx.isProtected()) {
      return ctx.doNothing();
    }
    if (path.startsWith(AdminPaths.API)) {
      return challenge(resp, ctx);
    }
    // A browser without a session: to the login form, then back here.
    return ctx.redirect(
        req.getContextPath() + AdminPaths.LOGIN + "?next=" + AdminPaths.nextParam(path));
  }

  private AuthenticationStatus basic(
      String authorization,
      HttpServletRequest req,
      HttpServletResponse resp,
      HttpMessageContext ctx) {
    UsernamePasswordCredential credential = BasicCredentials.parse(authorization);
    if (credential == null) {
      return challenge(resp, ctx);
    }
    byte[] address = LoginAddress.of(req);
    LoginGate.Admission admission = gate.admit(address);
    if (!admission.admitted()) {
      return refuse(resp, admission);
    }
    CredentialValidationResult result = checkAdmitted(address, credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(resp, ctx);
    }
    return ctx.notifyContainerAboutLogin(result);
  }

  /** POST /login: on success the session (with a new id) remembers the operator. */
  private AuthenticationStatus formLogin(
      HttpServletRequest req, HttpServletResponse resp, HttpMessageContext ctx) {
    String user = req.getParameter("username");
    String password = req.getParameter("password");
    if (user == null || password == null || user.length() > 256 || password.length() > 1024) {
      return ctx.doNothing(); // the login page says it failed
    }
    byte[] address = LoginAddress.of(req);
    LoginGate.Admission admission = gate.admit(address);
    if (!admission.admitted()) {
      // Answered by the login form, late and without a thread (LoginTarpit): this mechanism runs
      // before any servlet, where a request cannot go asynchronous.
      req.setAttribute(LoginTarpit.REFUSAL, admission);
      return ctx.doNothing();
    }
    CredentialValidationResult result =
        checkAdmitted(address, new UsernamePasswordCredential(user, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return ctx.doNothing();
    }
    HttpSession old = req.getSession(false);
    if (old != null) {
      old.invalidate(); // no session fixation: a new session for the logged-in operator
    }
    HttpSession session = req.getSession(true);
    session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    session.setMaxInactiveInterval(30 * 60);
    return ctx.notifyContainerAboutLogin(result);
  }

  private CredentialValidationResult checkAdmitted(
      byte[] address, UsernamePasswordCredential credential) {
    boolean ok = false;
    try {
      CredentialValidationResult result = store.validate(credential);
      ok = result.getStatus() == CredentialValidationResult.Status.VALID;
      return result;
    } finally {
      gate.checked(address, ok);
    }
  }

  /**
   * 429 while the address backs off, 503 while the check slot is taken; no password checked.
   * Answered at once: Basic requests are for protected paths, which no servlet of ours sees unless
   * the login succeeded, so they cannot be parked like the form's.
   */
  private static AuthenticationStatus refuse(
      HttpServletResponse resp, LoginGate.Admission admission) {
    try {
      LoginRefusal.send(resp, admission, 0);
    } catch (IOException gone) {
      // the client left; its refusal is counted all the same
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus challenge(HttpServletResponse resp, HttpMessageContext ctx) {
    resp.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    return ctx.responseUnauthorized();
  }
}
