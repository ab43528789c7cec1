package org.multitracker.natcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** NAT checks against a small in-test BitTorrent handshake responder on loopback. */
class HandshakeTest {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};
  private final byte[] infoHash = filled(1);
  private final byte[] peerId = filled(2);
  private final byte[] ourId = filled(3);

  private static byte[] filled(int b) {
    byte[] a = new byte[20];
    Arrays.fill(a, (byte) b);
    return a;
  }

  /** Answers one handshake with the given info hash and peer id. */
  private static ServerSocket responder(byte[] answerHash, byte[] answerId) throws IOException {
    ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try (Socket s = server.accept()) {
                s.getInputStream().readNBytes(Handshake.LENGTH);
                s.getOutputStream().write(Handshake.message(answerHash, answerId));
              } catch (IOException ignored) {
                // the test sees the outcome through the check
              }
            });
    t.setDaemon(true);
    t.start();
    return server;
  }

  @Test
  void acceptsAPeerThatAnswersWithItsIdAndTheTorrent() throws IOException {
    try (ServerSocket s = responder(infoHash, peerId)) {
      assertThat(Handshake.check(LOOPBACK, s.getLocalPort(), infoHash, peerId, ourId, false, 2000))
          .isTrue();
    }
  }

  @Test
  void rejectsAPeerThatAnswersWithAnotherId() throws IOException {
    try (ServerSocket s = responder(infoHash, filled(9))) {
      assertThat(Handshake.check(LOOPBACK, s.getLocalPort(), infoHash, peerId, ourId, false, 2000))
          .isFalse();
    }
  }

  @Test
  void rejectsAClosedPort() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThat(Handshake.check(LOOPBACK, port, infoHash, peerId, ourId, false, 2000)).isFalse();
  }

  @Test
  void givesUpOnAPeerThatNeverAnswers() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(Handshake.check(LOOPBACK, s.getLocalPort(), infoHash, peerId, ourId, false, 300))
          .isFalse();
    }
  }
}
