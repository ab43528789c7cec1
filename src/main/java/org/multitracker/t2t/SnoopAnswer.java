package org.multitracker.t2t;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.multitracker.bencode.BDict;
import org.multitracker.bencode.BList;
import org.multitracker.bencode.BString;
import org.multitracker.bencode.BValue;
import org.multitracker.bencode.Bdecoder;
import org.multitracker.bencode.BencodeException;
import org.multitracker.bencode.BencodeLimits;
import org.multitracker.network.IpAddresses;
import org.multitracker.swarm.Endpoint;

/**
 * Another tracker's answer to our poll, read defensively: every field is attacker-controlled. Peers
 * may come compact (BEP 23, BEP 7 peers6), as dictionaries, or as a list of 6-byte strings
 * (bttrack's own T2T answer).
 *
 * @param failure the failure reason, or null on success
 * @param interval the interval the tracker asked for, or 0 if it gave none
 */
public record SnoopAnswer(String failure, int interval, List<Endpoint> peers) {
  static final int MAX_PEERS = 1000;
  static final int MAX_INTERVAL = 86_400;
  private static final byte[] NO_ID = null;

  /** Parses an answer body; garbage is a {@link BadAnswerException} naming what was wrong. */
  public static SnoopAnswer parse(byte[] body) {
    BValue root;
    try {
      root = Bdecoder.decode(body, BencodeLimits.TRACKER_RESPONSE);
    } catch (BencodeException e) {
      throw new BadAnswerException("not bencoded: " + e.getMessage());
    }
    if (!(root instanceof BDict d)) {
      throw new BadAnswerException("answer is not a dictionary");
    }
    Optional<BString> failure = d.string("failure reason");
    if (failure.isPresent()) {
      return new SnoopAnswer(printable(failure.get().utf8()), 0, List.of());
    }
    long interval = d.integer("interval").orElse(0);
    if (interval < 0 || interval > MAX_INTERVAL) {
      throw new BadAnswerException("interval " + interval + " out of range");
    }
    List<Endpoint> peers = new ArrayList<>();
    Optional<BValue> v4 = d.get("peers");
    if (v4.isPresent()) {
      if (v4.get() instanceof BString s) {
        compact(s.bytes(), 4, peers);
      } else if (v4.get() instanceof BList l) {
        listed(l, peers);
      } else {
        throw new BadAnswerException("peers is neither a string nor a list");
      }
    }
    Optional<BString> v6 = d.string("peers6");
    if (v6.isPresent()) {
      compact(v6.get().bytes(), 16, peers);
    }
    return new SnoopAnswer(null, (int) interval, List.copyOf(peers));
  }

  private static void compact(byte[] b, int addressLength, List<Endpoint> out) {
    int size = addressLength + 2;
    if (b.length % size != 0) {
      throw new BadAnswerException("compact peers of " + b.length + " bytes");
    }
    for (int i = 0; i + size <= b.length && out.size() < MAX_PEERS; i += size) {
      add(
          Arrays.copyOfRange(b, i, i + addressLength),
          (b[i + addressLength] & 0xff) << 8 | b[i + addressLength + 1] & 0xff,
          NO_ID,
          out);
    }
  }

  private static void listed(BList list, List<Endpoint> out) {
    for (BValue item : list.items()) {
      if (out.size() >= MAX_PEERS) {
        return;
      }
      if (item instanceof BString s && (s.length() == 6 || s.length() == 18)) {
        compact(s.bytes(), s.length() - 2, out);
      } else if (item instanceof BDict p) {
        byte[] ip = p.string("ip").map(x -> IpAddresses.parseLiteral(x.latin1())).orElse(null);
        long port = p.integer("port").orElse(-1);
        byte[] id =
            p.string("peer id").map(BString::bytes).filter(x -> x.length == 20).orElse(NO_ID);
        if (ip != null && port > 0 && port <= 65535) {
          add(ip, (int) port, id, out);
        }
      } else {
        throw new BadAnswerException("a peer entry is neither a dictionary nor a compact string");
      }
    }
  }

  private static void add(byte[] ip, int port, byte[] peerId, List<Endpoint> out) {
    if (port > 0) {
      out.add(Endpoint.of(peerId, ip, port, false));
    }
  }

  /** Failure reasons end up in logs and on the admin page: keep them short and printable. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 200; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.toString();
  }
}
