package org.multitracker.bencode;

/** Input is not valid bencode, or breaks the {@link BencodeLimits} it was decoded with. */
public final class BencodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int offset;

  /**
   * @param offset byte index in the decoded array where the problem was found, or -1
   */
  public BencodeException(String problem, int offset) {
    super(offset >= 0 ? problem + " at byte " + offset : problem);
    this.offset = offset;
  }

  /** Byte index in the decoded array where the problem was found, or -1 if not tied to one. */
  public int offset() {
    return offset;
  }
}
