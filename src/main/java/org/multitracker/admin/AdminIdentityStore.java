package org.multitracker.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Checks a user name and password against the configured account. At most two checks run at
 * once: a PBKDF2 hash costs tens of milliseconds on purpose, and a flood of guesses must not take
 * the CPU from announces; a guess that waits more than two seconds is refused.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {
  private final Semaphore checks = new Semaphore(2);

  @Inject AdminAccount account;
  @Inject Pbkdf2PasswordHash hashes;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (!account.enabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    try {
      if (!checks.tryAcquire(2, TimeUnit.SECONDS)) {
        return CredentialValidationResult.INVALID_RESULT;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CredentialValidationResult.INVALID_RESULT;
    }
    try {
      return check(credential);
    } finally {
      checks.release();
    }
  }

  private CredentialValidationResult check(UsernamePasswordCredential credential) {
    // Both checks always run, so the answer time does not tell whether the user name was right.
    boolean userOk =
        MessageDigest.isEqual(
            account.user().getBytes(StandardCharsets.UTF_8),
            credential.getCaller().getBytes(StandardCharsets.UTF_8));
    boolean passwordOk = hashes.verify(credential.getPassword().getValue(), account.passwordHash());
    return userOk && passwordOk
        ? new CredentialValidationResult(account.user(), Set.of(AdminAccount.ROLE))
        : CredentialValidationResult.INVALID_RESULT;
  }
}
