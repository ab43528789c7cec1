package org.multitracker.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.bencode.Bytes.b;
import static org.multitracker.bencode.Bytes.s;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BencoderTest {

  @Test
  void encodesScalars() {
    assertThat(s(Bencoder.encode(BInteger.of(0)))).isEqualTo("i0e");
    assertThat(s(Bencoder.encode(BInteger.of(-42)))).isEqualTo("i-42e");
    assertThat(s(Bencoder.encode(BInteger.of(Long.MIN_VALUE)))).isEqualTo("i-9223372036854775808e");
    assertThat(s(Bencoder.encode(BString.of("spam")))).isEqualTo("4:spam");
    assertThat(s(Bencoder.encode(BString.of("")))).isEqualTo("0:");
  }

  @Test
  void encodesStringsAsUtf8() {
    assertThat(Bencoder.encode(BString.of("\u00e9"))).isEqualTo(b("2:\u00c3\u00a9"));
  }

  @Test
  void writesDictKeysSortedRegardlessOfMapOrder() {
    Map<String, BValue> entries = new LinkedHashMap<>();
    entries.put("\u00e9", BInteger.of(3));
    entries.put("b", BInteger.of(2));
    entries.put("a", BList.of(BString.of("x")));
    entries.put("aa", BDict.of(Map.of()));

    assertThat(s(Bencoder.encode(BDict.of(entries))))
        .isEqualTo("d1:al1:xe2:aade1:bi2e1:\u00e9i3ee");
  }

  @Test
  void roundTripsThroughDecoder() {
    BDict value =
        BDict.builder()
            .put("announce", "http://tracker.example/announce")
            .put(
                "info",
                BDict.builder()
                    .put("name", "\u30c6\u30b9\u30c8.txt")
                    .put("length", Long.MAX_VALUE)
                    .put("pieces", new byte[] {0, -1, 127, -128})
                    .build())
            .put("list", BList.of(BInteger.of(-1), BList.of(), BDict.of(Map.of())))
            .build();

    byte[] encoded = Bencoder.encode(value);
    BValue decoded = Bdecoder.decode(encoded, BencodeLimits.TORRENT_FILE);

    assertThat(decoded).isEqualTo(value);
    assertThat(Bencoder.encode(decoded)).isEqualTo(encoded);
  }

  @Test
  void decodedValueReencodesToIdenticalBytes() {
    byte[] canonical = b("d1:ad1:bli1ei-2e0:ee1:c3:\u00ff\u0000x1:zi0ee");

    assertThat(Bencoder.encode(Bdecoder.decode(canonical, BencodeLimits.TORRENT_FILE)))
        .isEqualTo(canonical);
  }
}
