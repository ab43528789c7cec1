package org.multitracker.announce;

import java.util.concurrent.CompletableFuture;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.PeerId;
import org.multitracker.wire.AnnounceResponseWriter;
import org.multitracker.wire.ClientAddress;
import org.multitracker.wire.RequestBuffers;

/**
 * An announce of a client we held no peer for: it is stored, its torrent's other trackers are being
 * polled at once, and its answer is built when {@code polls} completes or the wait ends. Made only
 * on that path, so ordinary announces allocate none.
 */
record LonelyAnnounce(
    InfoHash infoHash,
    PeerId peerId,
    ClientAddress client,
    int port,
    int want,
    boolean seed,
    boolean crypto,
    AnnounceResponseWriter.Options options,
    CompletableFuture<Void> polls)
    implements RequestBuffers.Awaiting {}
