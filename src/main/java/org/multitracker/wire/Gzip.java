package org.multitracker.wire;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip (RFC 1952) of a response body with a per-thread Deflater: creating one per request would
 * allocate native memory on the hot path.
 */
final class Gzip {
  private static final ThreadLocal<Gzip> CURRENT = ThreadLocal.withInitial(Gzip::new);
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final CRC32 crc = new CRC32();
  private byte[] out = new byte[4096];
  private int size;

  static Gzip compress(byte[] data, int len) {
    Gzip g = CURRENT.get();
    g.run(data, len);
    return g;
  }

  private void run(byte[] data, int len) {
    int bound = len + len / 1000 + 64;
    if (out.length < bound) {
      out = new byte[bound];
    }
    out[0] = 0x1f;
    out[1] = (byte) 0x8b;
    out[2] = 8;
    for (int i = 3; i < 10; i++) {
      out[i] = 0;
    }
    out[9] = (byte) 255; // OS unknown
    deflater.reset();
    deflater.setInput(data, 0, len);
    deflater.finish();
    size = 10;
    while (!deflater.finished()) {
      if (size == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      size += deflater.deflate(out, size, out.length - size);
    }
    crc.reset();
    crc.update(data, 0, len);
    if (size + 8 > out.length) {
      out = Arrays.copyOf(out, size + 8);
    }
    writeIntLe((int) crc.getValue());
    writeIntLe(len);
  }

  private void writeIntLe(int v) {
    for (int i = 0; i < 4; i++) {
      out[size++] = (byte) (v >>> (8 * i));
    }
  }

  byte[] bytes() {
    return out;
  }

  int size() {
    return size;
  }
}
