package org.multitracker.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The random 20-byte peer id this tracker sends when it polls others (prefix "-T-", as bttrack). A
 * poll that carries it came from ourselves, which is how a tracker finds itself in a list.
 */
@ApplicationScoped
public class TrackerIdentity {
  private final byte[] id = newId();

  private static byte[] newId() {
    byte[] id = new byte[20];
    new SecureRandom().nextBytes(id);
    byte[] prefix = "-T-".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(prefix, 0, id, 0, prefix.length);
    return id;
  }

  public byte[] id() {
    return id.clone();
  }

  public boolean isOwn(byte[] peerId) {
    return Arrays.equals(id, peerId);
  }
}
