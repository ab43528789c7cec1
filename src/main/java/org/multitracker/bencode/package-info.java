/**
 * Strict bencode (BEP 3) decoding and encoding. Decoded values remember the byte span they came
 * from, so callers can hash exactly the bytes they were given (the {@code info} dictionary of a
 * torrent) instead of a re-encoding. {@link org.multitracker.bencode.BencodeWriter} is the
 * allocation-light path for building tracker responses.
 */
package org.multitracker.bencode;
