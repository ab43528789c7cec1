package org.multitracker.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.multitracker.bencode.Bytes.b;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BValueTest {

  @Test
  void equalityIgnoresSpans() {
    assertThat(new BInteger(5, 0, 3)).isEqualTo(BInteger.of(5)).hasSameHashCodeAs(BInteger.of(5));
    assertThat(new BString(b("ab"), 2, 6)).isEqualTo(BString.of("ab"));
    assertThat(new BList(List.of(), 0, 2)).isEqualTo(BList.of());
    assertThat(new BDict(Map.of(), 0, 2)).isEqualTo(BDict.of(Map.of()));
  }

  @Test
  void stringEqualityIsByContent() {
    assertThat(BString.of(b("abc")))
        .isEqualTo(BString.of("abc"))
        .hasSameHashCodeAs(BString.of("abc"));
    assertThat(BString.of("abc")).isNotEqualTo(BString.of("abd"));
  }

  @Test
  void rejectsHalfSetOrInvertedSpans() {
    assertThatThrownBy(() -> new BInteger(1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BInteger(1, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(BInteger.of(1).hasSpan()).isFalse();
  }

  @Test
  void stringIsImmutable() {
    byte[] source = b("abc");
    BString string = BString.of(source);
    source[0] = 'x';
    string.bytes()[1] = 'x';

    assertThat(string.latin1()).isEqualTo("abc");
  }

  @Test
  void decodesUtf8WithReplacement() {
    assertThat(BString.of(new byte[] {'a', (byte) 0xff, 'b'}).utf8()).isEqualTo("a\ufffdb");
    assertThat(BString.of("\u00e9t\u00e9").utf8()).isEqualTo("\u00e9t\u00e9");
  }

  @Test
  void decodesLatin1Losslessly() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }

    assertThat(b(BString.of(all).latin1())).isEqualTo(all);
  }

  @Test
  void toStringOfBinaryStringIsBoundedAndPrintable() {
    String text = BString.of(new byte[1000]).toString();

    assertThat(text).hasSizeLessThan(400).contains("\\x00").contains("1000 bytes");
  }

  @Test
  void dictAccessorsDistinguishTypesAndAbsence() {
    BDict dict =
        BDict.builder()
            .put("d", BDict.of(Map.of()))
            .put("i", 7)
            .put("l", BList.of())
            .put("s", "text")
            .build();

    assertThat(dict.dict("d")).isPresent();
    assertThat(dict.integer("i")).hasValue(7);
    assertThat(dict.list("l")).isPresent();
    assertThat(dict.string("s")).contains(BString.of("text"));
    assertThat(dict.utf8("s")).contains("text");
    assertThat(dict.string("i")).isEmpty();
    assertThat(dict.integer("s")).isEmpty();
    assertThat(dict.dict("missing")).isEmpty();
    assertThat(dict.get("i")).contains(BInteger.of(7));
    assertThat(dict.get("missing")).isEmpty();
  }

  @Test
  void dictKeepsInsertionOrderAndIsUnmodifiable() {
    BDict dict = BDict.builder().put("z", 1).put("a", 2).build();

    assertThat(dict.entries().keySet()).containsExactly("z", "a");
    assertThatThrownBy(() -> dict.entries().put("b", BInteger.of(3)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void dictRejectsKeysOutsideLatin1() {
    assertThatThrownBy(() -> BDict.builder().put("\u20ac", 1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listIsUnmodifiable() {
    BList list = BList.of(BInteger.of(1));

    assertThatThrownBy(() -> list.items().add(BInteger.of(2)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(list.string(0)).isEmpty();
    assertThat(list.string(5)).isEmpty();
  }
}
