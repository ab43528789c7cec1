package org.multitracker.wire;

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

  /** Set when the answer waits for something else first (status {@link #AWAITING}). */
  public Awaiting awaiting;

  /** Not an HTTP status: the answer is not ready, {@link #awaiting} says what it waits for. */
  public static final int AWAITING = 0;

  /** What an answer that cannot be written yet waits for; the feature that parked it resumes it. */
  public interface Awaiting {}

  private RequestBuffers() {}

  /** This thread's buffers, emptied. */
  public static RequestBuffers acquire() {
    RequestBuffers b = CURRENT.get();
    b.writer.reset();
    b.selection.reset();
    b.incompressible = false;
    b.awaiting = null;
    return b;
  }
}
