package org.multitracker.dfile;

/**
 * The dfile format, version 2: a stream of framed records, so saving and restoring hold one record
 * at a time instead of the whole state (version 1, one bencoded dictionary, had to be built and
 * parsed whole: 261,788 peers exhausted a 512 MB heap at start).
 *
 * <pre>
 * file   = "MTDF" version:u8 record* (EOF right after the end record)
 * record = type:u8 length:u32 payload[length] crc32c:u32 (of type, length and payload)
 * H      = saved-at:i64 (ms)                         first record
 * T      = info-hash[20] completed:varint            a torrent; its P records follow
 * P      = count:varint peer*                        at most MAX_PAYLOAD bytes
 * E      = torrents:varint peers:varint              last record: the file is complete
 * peer   = flags:u8 id[20] ip[4|16] port:u16 [source-ip[4|16]] [key-length:u8 key]
 *          left:varint age:zigzag-varint (saved-at - last seen, ms)
 * </pre>
 *
 * A checksum per record lets a reader tell a damaged file before it applies anything; the end
 * record tells a truncated one. Numbers are big-endian; varints are LEB128 (7 bits a byte).
 */
final class StateFormat {
  static final byte[] MAGIC = {'M', 'T', 'D', 'F'};
  static final int VERSION = 2;

  static final byte HEADER = 'H';
  static final byte TORRENT = 'T';
  static final byte PEERS = 'P';
  static final byte END = 'E';

  /** A peer record's payload bound: the reader holds one at a time. */
  static final int MAX_PAYLOAD = 64 * 1024;

  /** The largest encoded peer: flags, id, two IPv6 addresses, port, a 255-byte key, varints. */
  static final int MAX_PEER = 1 + 20 + 16 + 2 + 16 + 1 + 255 + 10 + 10;

  static final int MAX_KEY = 255;

  static final int IPV6 = 1;
  static final int OWN_SOURCE = 1 << 1;
  static final int SOURCE_IPV6 = 1 << 2;
  static final int HAS_KEY = 1 << 3;
  static final int REACHABLE = 1 << 4;
  static final int SUPPORT_CRYPTO = 1 << 5;
  static final int REQUIRE_CRYPTO = 1 << 6;
  static final int KNOWN_FLAGS = (1 << 7) - 1;

  private StateFormat() {}
}
