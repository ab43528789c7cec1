package org.multitracker.natcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One blocking BitTorrent handshake (BEP 3) with a peer, checking its info hash and peer id. */
final class Handshake {
  private static final byte[] PROTOCOL =
      "\u0013BitTorrent protocol".getBytes(StandardCharsets.ISO_8859_1);
  static final int LENGTH = 68;

  private Handshake() {}

  /**
   * True when the peer at ip:port answers a handshake for {@code infoHash} with {@code peerId}.
   * Peers that require encryption cannot answer a plain handshake: for them an accepted TCP
   * connection is taken as reachable.
   */
  static boolean check(
      byte[] ip,
      int port,
      byte[] infoHash,
      byte[] peerId,
      byte[] ourId,
      boolean encrypted,
      int timeoutMillis) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getByAddress(ip), port), timeoutMillis);
      if (encrypted) {
        return true;
      }
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      out.write(message(infoHash, ourId));
      out.flush();
      byte[] answer = socket.getInputStream().readNBytes(LENGTH);
      return answer.length == LENGTH && matches(answer, infoHash, peerId);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static byte[] message(byte[] infoHash, byte[] peerId) {
    byte[] m = new byte[LENGTH];
    System.arraycopy(PROTOCOL, 0, m, 0, PROTOCOL.length);
    System.arraycopy(infoHash, 0, m, 28, 20);
    System.arraycopy(peerId, 0, m, 48, 20);
    return m;
  }

  static boolean matches(byte[] answer, byte[] infoHash, byte[] peerId) {
    return Arrays.equals(answer, 0, PROTOCOL.length, PROTOCOL, 0, PROTOCOL.length)
        && Arrays.equals(answer, 28, 48, infoHash, 0, 20)
        && Arrays.equals(answer, 48, 68, peerId, 0, 20);
  }
}
