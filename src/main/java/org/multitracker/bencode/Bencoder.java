package org.multitracker.bencode;

/** Encodes value trees to canonical bencode. */
public final class Bencoder {

  private Bencoder() {}

  /** The canonical encoding of {@code value}: dictionary keys sorted by unsigned byte order. */
  public static byte[] encode(BValue value) {
    return new BencodeWriter().value(value).toByteArray();
  }
}
