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

/**
 * Checks a user name and password against the configured account. Callers go through {@link
 * LoginGate} first: a PBKDF2 hash costs tens of milliseconds on purpose, and a flood of guesses
 * must not take the CPU or the worker threads from announces.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {
  @Inject AdminAccount account;
  @Inject Pbkdf2PasswordHash hashes;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (!account.enabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return check(credential);
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
