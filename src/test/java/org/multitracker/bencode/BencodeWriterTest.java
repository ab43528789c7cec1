package org.multitracker.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.bencode.Bytes.b;
import static org.multitracker.bencode.Bytes.s;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BencodeWriterTest {

  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        1,
        -1,
        9,
        10,
        -10,
        99,
        100,
        1234567890123L,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        Long.MIN_VALUE + 1,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE
      })
  void writesIntegersLikeLongToString(long value) {
    assertThat(s(new BencodeWriter().integer(value).toByteArray())).isEqualTo("i" + value + "e");
  }

  @Test
  void producesSameBytesAsEncoderForAnnounceResponse() {
    byte[] peers = new byte[] {10, 0, 0, 1, 0x1a, (byte) 0xe1, (byte) 192, (byte) 168, 1, 2, 0, 80};
    BencodeWriter writer = new BencodeWriter(4);
    writer
        .beginDict()
        .key("complete")
        .integer(12)
        .key("incomplete")
        .integer(3)
        .key("interval")
        .integer(1800)
        .key("peers")
        .string(peers)
        .key("warning message")
        .string("r\u00e9sum\u00e9 \ud83d\ude00")
        .end();

    BDict same =
        BDict.builder()
            .put("warning message", "r\u00e9sum\u00e9 \ud83d\ude00")
            .put("peers", peers)
            .put("interval", 1800)
            .put("incomplete", 3)
            .put("complete", 12)
            .build();
    assertThat(writer.toByteArray()).isEqualTo(Bencoder.encode(same));
  }

  @Test
  void writesNestedListsAndRaw() {
    byte[] cached = b("d1:xi1ee");
    BencodeWriter writer = new BencodeWriter();
    writer.beginList().raw(cached).beginList().end().string(b("abcdef"), 2, 3).end();

    assertThat(s(writer.toByteArray())).isEqualTo("ld1:xi1eele3:cdee");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ascii",
        "caf\u00e9",
        "\u4e2d\u6587",
        "\ud83d\ude00",
        "lone \ud800 x",
        "\udc00"
      })
  void writesStringsAsUtf8LikeStringGetBytes(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] expected = new BencodeWriter().string(utf8).toByteArray();

    assertThat(new BencodeWriter().string(text).toByteArray()).isEqualTo(expected);
  }

  @Test
  void resetKeepsBufferForReuse() {
    BencodeWriter writer = new BencodeWriter(64);
    writer.beginDict().key("a").integer(1).end();
    byte[] buffer = writer.buffer();

    writer.reset();
    writer.integer(7);

    assertThat(writer.size()).isEqualTo(3);
    assertThat(writer.buffer()).isSameAs(buffer);
    assertThat(s(writer.toByteArray())).isEqualTo("i7e");
  }

  @Test
  void growsPastInitialCapacity() {
    BencodeWriter writer = new BencodeWriter(0);
    byte[] big = new byte[100_000];
    writer.beginList().string(big).integer(Long.MIN_VALUE).end();

    assertThat(writer.size()).isEqualTo(1 + 7 + 100_000 + 22 + 1);
    assertThat(Bdecoder.decode(writer.buffer(), 0, writer.size(), BencodeLimits.TORRENT_FILE))
        .isEqualTo(BList.of(BString.of(big), BInteger.of(Long.MIN_VALUE)));
  }

  @Test
  void writesToStream() throws IOException {
    BencodeWriter writer = new BencodeWriter().string("hi");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    writer.writeTo(out);

    assertThat(s(out.toByteArray())).isEqualTo("2:hi");
  }

  @Test
  void writesLatin1KeysAsSingleBytes() {
    assertThat(new BencodeWriter().key("\u00e9").toByteArray()).isEqualTo(b("1:\u00e9"));
  }
}
