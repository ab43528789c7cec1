package org.multitracker.wire;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.PeerAnnounce;
import org.multitracker.swarm.PeerId;

/**
 * A validated announce, following BitTornado's rules for what a client must send. Byte arrays are
 * shared with the {@link RawQuery} they came from and must not be modified.
 *
 * @param infoHash 20 bytes
 * @param peerId 20 bytes
 * @param port 0..65535; {@code cryptoport} when given, else {@code port}
 * @param numwant -1 when absent, else clamped to {@link Integer#MAX_VALUE}
 * @param key nullable, at most 64 bytes
 * @param ip the raw {@code ip} parameter text, nullable, at most 64 bytes; not yet validated
 * @param trackerId the {@code trackerid} parameter, nullable
 * @param tracker true when the {@code tracker} parameter is present: a tracker-to-tracker poll
 * @param password nullable
 * @param seedId the {@code seed_id} parameter, nullable
 * @param scrape true when the {@code scrape} parameter is present
 */
public record AnnounceRequest(
    byte[] infoHash,
    byte[] peerId,
    int port,
    long uploaded,
    long downloaded,
    long left,
    AnnounceEvent event,
    boolean compact,
    boolean noPeerId,
    int numwant,
    byte[] key,
    byte[] ip,
    byte[] trackerId,
    boolean supportCrypto,
    boolean requireCrypto,
    boolean tracker,
    byte[] password,
    byte[] seedId,
    boolean checkSeeded,
    boolean scrape) {

  public static final int HASH_LENGTH = 20;
  static final int MAX_KEY_LENGTH = 64;
  static final int MAX_IP_LENGTH = 64;
  static final int MAX_TOKEN_LENGTH = 256;

  public AnnounceRequest {
    Objects.requireNonNull(infoHash, "infoHash");
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(event, "event");
  }

  /**
   * Validates the announce parameters of {@code q}. For repeated scalar parameters the first
   * occurrence wins.
   *
   * @throws GarbageRequestException naming the first violated rule
   */
  public static AnnounceRequest from(RawQuery q) {
    byte[] infoHash = infoHash(q);
    byte[] peerId = q.first("peer_id");
    if (peerId == null || peerId.length != HASH_LENGTH) {
      throw new GarbageRequestException("id not of length 20");
    }
    AnnounceEvent event = AnnounceEvent.parse(q.first("event"));
    int port = port(q);
    long left = required(q, "left", "invalid amount left");
    long uploaded = required(q, "uploaded", "invalid uploaded");
    long downloaded = required(q, "downloaded", "invalid downloaded");
    int numwant = numwant(q);
    boolean requireCrypto = Decimal.parseNonNegative(q.first("requirecrypto"), true) > 0;
    boolean supportCrypto = requireCrypto || isTrueUnlessZero(q.first("supportcrypto"));
    return new AnnounceRequest(
        infoHash,
        peerId,
        port,
        uploaded,
        downloaded,
        left,
        event,
        isTrueUnlessZeroOrEmpty(q.first("compact")),
        isTrueUnlessZeroOrEmpty(q.first("no_peer_id")),
        numwant,
        bounded(q, "key", MAX_KEY_LENGTH, "invalid key"),
        bounded(q, "ip", MAX_IP_LENGTH, "invalid ip"),
        bounded(q, "trackerid", MAX_TOKEN_LENGTH, "invalid trackerid"),
        supportCrypto,
        requireCrypto,
        q.has("tracker"),
        bounded(q, "password", MAX_TOKEN_LENGTH, "invalid password"),
        bounded(q, "seed_id", MAX_TOKEN_LENGTH, "invalid seed_id"),
        isTrueUnlessZero(q.first("check_seeded")),
        q.has("scrape"));
  }

  private static byte[] infoHash(RawQuery q) {
    byte[] infoHash = q.first("info_hash");
    if (infoHash == null) {
      throw new GarbageRequestException("no info hash");
    }
    if (infoHash.length != HASH_LENGTH) {
      throw new GarbageRequestException("info hash not of length 20");
    }
    return infoHash;
  }

  /** cryptoport, when sent, wins over port. */
  private static int port(RawQuery q) {
    byte[] rawPort = q.first("cryptoport");
    if (rawPort == null) {
      rawPort = q.first("port");
    }
    long port = Decimal.parseNonNegative(rawPort, false);
    if (port < 0 || port > 65535) {
      throw new GarbageRequestException("invalid port");
    }
    return (int) port;
  }

  /** -1 when absent; a huge value saturates. */
  private static int numwant(RawQuery q) {
    byte[] rawNumwant = q.first("numwant");
    if (rawNumwant == null) {
      return -1;
    }
    long parsed = Decimal.parseNonNegative(rawNumwant, true);
    if (parsed < 0) {
      throw new GarbageRequestException("invalid numwant");
    }
    return (int) Math.min(parsed, Integer.MAX_VALUE);
  }

  /**
   * How many peers to hand out: numwant, at most {@code responseSize} (bttrack's response_size).
   */
  public int wanted(int responseSize) {
    return numwant < 0 ? responseSize : Math.min(numwant, responseSize);
  }

  /** This announce as a swarm update from a client at {@code ip}, seen from {@code sourceIp}. */
  public PeerAnnounce toPeerAnnounce(
      InfoHash torrent, byte[] sourceIp, byte[] ip, boolean local, int want) {
    return new PeerAnnounce(
        torrent,
        new PeerId(peerId),
        sourceIp,
        ip,
        port,
        uploaded,
        downloaded,
        left,
        event == AnnounceEvent.STOPPED,
        event == AnnounceEvent.COMPLETED,
        key,
        supportCrypto,
        requireCrypto,
        local,
        want);
  }

  private static long required(RawQuery q, String name, String reason) {
    long value = Decimal.parseNonNegative(q.first(name), false);
    if (value < 0) {
      throw new GarbageRequestException(reason);
    }
    return value;
  }

  private static byte[] bounded(RawQuery q, String name, int maxLength, String reason) {
    byte[] value = q.first(name);
    if (value != null && value.length > maxLength) {
      throw new GarbageRequestException(reason);
    }
    return value;
  }

  private static boolean isTrueUnlessZero(byte[] value) {
    return value != null && !isZero(value);
  }

  private static boolean isTrueUnlessZeroOrEmpty(byte[] value) {
    return value != null && value.length > 0 && !isZero(value);
  }

  private static boolean isZero(byte[] value) {
    return value.length == 1 && value[0] == '0';
  }

  // The generated members would compare and print the arrays by identity.

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnounceRequest r
        && Arrays.equals(infoHash, r.infoHash)
        && Arrays.equals(peerId, r.peerId)
        && port == r.port
        && uploaded == r.uploaded
        && downloaded == r.downloaded
        && left == r.left
        && event == r.event
        && compact == r.compact
        && noPeerId == r.noPeerId
        && numwant == r.numwant
        && Arrays.equals(key, r.key)
        && Arrays.equals(ip, r.ip)
        && Arrays.equals(trackerId, r.trackerId)
        && supportCrypto == r.supportCrypto
        && requireCrypto == r.requireCrypto
        && tracker == r.tracker
        && Arrays.equals(password, r.password)
        && Arrays.equals(seedId, r.seedId)
        && checkSeeded == r.checkSeeded
        && scrape == r.scrape;
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(infoHash);
    h = 31 * h + Arrays.hashCode(peerId);
    h = 31 * h + port;
    h = 31 * h + Long.hashCode(left);
    return 31 * h + event.hashCode();
  }

  /** Leaves out the password, which must not end up in logs. */
  @Override
  public String toString() {
    HexFormat hex = HexFormat.of();
    return "AnnounceRequest[infoHash="
        + hex.formatHex(infoHash)
        + ", peerId="
        + hex.formatHex(peerId)
        + ", port="
        + port
        + ", uploaded="
        + uploaded
        + ", downloaded="
        + downloaded
        + ", left="
        + left
        + ", event="
        + event
        + ", compact="
        + compact
        + ", numwant="
        + numwant
        + ", tracker="
        + tracker
        + ", scrape="
        + scrape
        + "]";
  }
}
