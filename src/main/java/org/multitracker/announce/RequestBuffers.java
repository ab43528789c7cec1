package org.multitracker.announce;

import org.multitracker.bencode.BencodeWriter;
import org.multitracker.swarm.PeerSelection;

/**
 * Per-thread scratch space for one request: the answer being encoded and the peers picked.
 * Container request threads are pooled, so these are allocated once per thread, not per request.
 */
public final class RequestBuffers {
  private static final ThreadLocal<RequestBuffers> CURRENT =
      ThreadLocal.withInitial(RequestBuffers::new);

  public final BencodeWriter writer = new BencodeWriter();
  public final PeerSelection selection = new PeerSelection();
  /** Room for the compact peers of the largest answer response_size allows (1000 x 18 bytes). */
  public final byte[] scratch = new byte[18 * 1000];
  /** Set for answers that gzip cannot shrink (compact peer lists are random bytes). */
  public boolean incompressible;
  /** Set when the announce answered {@link AnnounceHandler#AWAIT_T2T}. */
  LonelyAnnounce lonely;

  private RequestBuffers() {}

  /** This thread's buffers, emptied. */
  public static RequestBuffers acquire() {
    RequestBuffers b = CURRENT.get();
    b.writer.reset();
    b.selection.reset();
    b.incompressible = false;
    b.lonely = null;
    return b;
  }
}
