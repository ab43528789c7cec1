package org.multitracker.aggregator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A peer of a torrent: (info hash, peer id). */
@Embeddable
public class PeerStateId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "info_hash") private String infoHash;
  @Column(name = "peer_id") private String peerId;

  protected PeerStateId() {}

  PeerStateId(String infoHash, String peerId) {
    this.infoHash = infoHash;
    this.peerId = peerId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerStateId p && infoHash.equals(p.infoHash) && peerId.equals(p.peerId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(infoHash, peerId);
  }
}
