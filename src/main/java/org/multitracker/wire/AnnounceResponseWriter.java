package org.multitracker.wire;

import org.multitracker.bencode.BencodeWriter;
import org.multitracker.network.IpAddresses;
import org.multitracker.swarm.Endpoint;
import org.multitracker.swarm.PeerSelection;

/** Encodes an announce answer straight from the picked peers; keys in bencode's sorted order. */
public final class AnnounceResponseWriter {
  private AnnounceResponseWriter() {}

  public record Options(
      int interval,
      boolean compact,
      boolean cryptoFlags,
      boolean noPeerId,
      boolean peers6,
      boolean scrape,
      boolean seeded,
      String warning) {}

  public static void write(BencodeWriter w, PeerSelection s, Options o, byte[] scratch) {
    w.beginDict();
    w.key("complete");
    w.integer(s.complete());
    if (o.compact() && o.cryptoFlags()) {
      for (int i = 0; i < s.count4(); i++) {
        scratch[i] = (byte) (s.v4(i).requireCrypto() ? 1 : 0);
      }
      w.key("crypto_flags");
      w.string(scratch, 0, s.count4());
    }
    w.key("incomplete");
    w.integer(s.incomplete());
    w.key("interval");
    w.integer(o.interval());
    if (o.compact()) {
      w.key("peers");
      compact(w, s, false, scratch);
      if (o.peers6()) {
        w.key("peers6");
        compact(w, s, true, scratch);
      }
    } else {
      w.key("peers");
      w.beginList();
      for (int i = 0; i < s.count6(); i++) {
        dictPeer(w, s.v6(i), o.noPeerId());
      }
      for (int i = 0; i < s.count4(); i++) {
        dictPeer(w, s.v4(i), o.noPeerId());
      }
      w.end();
    }
    if (o.scrape()) {
      w.key("scrape");
      ScrapeBlock.write(w, s.complete(), s.incomplete(), s.downloaded(), null);
    }
    if (o.seeded()) {
      w.key("seeded");
      w.integer(1);
    }
    if (o.warning() != null) {
      w.key("warning message");
      w.string(o.warning());
    }
    w.end();
  }

  private static void compact(BencodeWriter w, PeerSelection s, boolean v6, byte[] scratch) {
    int n = v6 ? s.count6() : s.count4();
    int len = 0;
    for (int i = 0; i < n; i++) {
      byte[] c = (v6 ? s.v6(i) : s.v4(i)).compact();
      System.arraycopy(c, 0, scratch, len, c.length);
      len += c.length;
    }
    w.string(scratch, 0, len);
  }

  private static void dictPeer(BencodeWriter w, Endpoint e, boolean noPeerId) {
    w.beginDict();
    w.key("ip");
    w.string(IpAddresses.format(e.ip()));
    byte[] peerId = noPeerId ? null : e.peerId(); // a fresh copy each call: take it once
    if (peerId != null) {
      w.key("peer id");
      w.string(peerId);
    }
    w.key("port");
    w.integer(e.port());
    w.end();
  }
}
