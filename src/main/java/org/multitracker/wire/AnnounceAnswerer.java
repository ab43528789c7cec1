package org.multitracker.wire;

/**
 * A tracker role's answer to announces: written into {@code buf.writer}, the HTTP status returned.
 */
public interface AnnounceAnswerer {
  int answer(AnnounceCall call, RequestBuffers buf);
}
