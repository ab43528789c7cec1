package org.multitracker.testing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** A fake client: its ids and the queries it would send. */
public final class TestPeer {
  private static final SecureRandom RANDOM = new SecureRandom();

  public final byte[] infoHash;
  public final byte[] peerId;
  public final int port;

  public TestPeer(byte[] infoHash, String name, int port) {
    this.infoHash = infoHash;
    this.peerId = id(name);
    this.port = port;
  }

  public static byte[] randomHash() {
    byte[] h = new byte[20];
    RANDOM.nextBytes(h);
    return h;
  }

  /** A 20-byte peer id that starts with the name, padded with random bytes. */
  public static byte[] id(String name) {
    byte[] id = new byte[20];
    RANDOM.nextBytes(id);
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(n, 0, id, 0, Math.min(n.length, 20));
    return id;
  }

  /** An announce with left and event (null for a plain update), compact. */
  public Query announce(long left, String event) {
    Query q =
        Query.of()
            .add("info_hash", infoHash)
            .add("peer_id", peerId)
            .add("port", port)
            .add("uploaded", 0)
            .add("downloaded", 0)
            .add("left", left)
            .add("compact", 1);
    return event == null ? q : q.add("event", event);
  }
}
