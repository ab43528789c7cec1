package org.multitracker.bencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.multitracker.bencode.Bytes.b;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BdecoderTest {

  private static final BencodeLimits STRICT = BencodeLimits.TORRENT_FILE;
  private static final BencodeLimits LENIENT = BencodeLimits.TRACKER_RESPONSE;

  private static BValue decode(String latin1) {
    return Bdecoder.decode(b(latin1), STRICT);
  }

  private static void assertRejected(String latin1, String message) {
    assertThatThrownBy(() -> decode(latin1))
        .isInstanceOf(BencodeException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({
    "i0e, 0",
    "i7e, 7",
    "i-7e, -7",
    "i1234567890e, 1234567890",
    "i9223372036854775807e, 9223372036854775807",
    "i-9223372036854775808e, -9223372036854775808"
  })
  void decodesIntegers(String input, long expected) {
    assertThat(decode(input)).isEqualTo(BInteger.of(expected));
  }

  @Test
  void decodesStringsAsBytes() {
    assertThat(decode("0:")).isEqualTo(BString.of(new byte[0]));
    assertThat(decode("4:spam")).isEqualTo(BString.of("spam"));
    assertThat(((BString) decode("2:\u00ff\u0000")).bytes()).containsExactly(0xff, 0x00);
  }

  @Test
  void decodesNestedContainers() {
    BValue value = decode("d5:emptyde4:listli1e3:abcle0:e1:xi-1ee");

    assertThat(value)
        .isEqualTo(
            BDict.builder()
                .put("empty", BDict.builder().build())
                .put(
                    "list", BList.of(BInteger.of(1), BString.of("abc"), BList.of(), BString.of("")))
                .put("x", -1)
                .build());
  }

  @Test
  void keepsSourceOrderOfKeys() {
    BDict dict = (BDict) Bdecoder.decode(b("d1:bi1e1:ai2e1:ci3ee"), LENIENT);

    assertThat(dict.entries().keySet()).containsExactly("b", "a", "c");
  }

  @Test
  void decodesKeysAsLatin1() {
    BDict dict = (BDict) decode("d1:z0:1:\u00e90:e");

    assertThat(dict.entries().keySet()).containsExactly("z", "\u00e9");
  }

  @Test
  void rejectsLeadingZeroInInteger() {
    assertRejected("i03e", "leading zero in integer at byte 1");
    assertRejected("i-03e", "leading zero in integer at byte 2");
    assertRejected("l1:ai00ee", "leading zero in integer at byte 5");
  }

  @Test
  void rejectsNegativeZero() {
    assertRejected("i-0e", "negative zero in integer at byte 0");
  }

  @Test
  void rejectsIntegerWithSignOnly() {
    assertRejected("i-e", "integer with sign only at byte 0");
  }

  @Test
  void rejectsEmptyInteger() {
    assertRejected("ie", "empty integer at byte 0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i9223372036854775808e",
        "i-9223372036854775809e",
        "i18446744073709551616e",
        "i99999999999999999999999999999999999999e"
      })
  void rejectsIntegerOverflow(String input) {
    assertRejected(input, "integer does not fit in 64 bits at byte 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"i1.5e", "i+1e", "i 1e", "i1-e", "i--1e", "iae"})
  void rejectsNonDigitsInInteger(String input) {
    assertThatThrownBy(() -> decode(input))
        .isInstanceOf(BencodeException.class)
        .hasMessageContaining("in integer at byte");
  }

  @Test
  void rejectsNegativeStringLength() {
    assertRejected("-3:abc", "negative string length at byte 0");
    assertRejected("l-1:ae", "negative string length at byte 1");
  }

  @Test
  void rejectsLeadingZeroInStringLength() {
    assertRejected("03:abc", "leading zero in string length at byte 0");
  }

  @Test
  void rejectsStringLengthPastEnd() {
    assertRejected("5:abc", "truncated input: string of 5 bytes but only 3 left at byte 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999:", "2147483648:", "99999999999999999999999999999:x"})
  void rejectsHugeDeclaredLengthWithoutAllocating(String input) {
    BencodeLimits unlimited = STRICT.withMaxStringLength(Integer.MAX_VALUE);

    assertThatThrownBy(() -> decode(input))
        .isInstanceOf(BencodeException.class)
        .hasMessage("string length exceeds the limit of 16777216 bytes at byte 0");
    assertThatThrownBy(() -> Bdecoder.decode(b(input), unlimited))
        .isInstanceOf(BencodeException.class)
        .hasMessageStartingWith("string length exceeds the limit of 2147483647 bytes")
        .hasMessageEndingWith("at byte 0");
  }

  @Test
  void rejectsStringLongerThanLimit() {
    BencodeLimits limits = STRICT.withMaxStringLength(3);

    assertThat(Bdecoder.decode(b("3:abc"), limits)).isEqualTo(BString.of("abc"));
    assertThatThrownBy(() -> Bdecoder.decode(b("4:abcd"), limits))
        .hasMessage("string length exceeds the limit of 3 bytes at byte 0");
  }

  @Test
  void rejectsNonDigitInStringLength() {
    assertRejected("3x:abc", "unexpected byte 0x78 in string length at byte 1");
  }

  @Test
  void rejectsUnsortedKeysWhenRequired() {
    assertRejected("d1:bi1e1:ai2ee", "unsorted dictionary keys at byte 7");
  }

  @Test
  void ordersKeysByUnsignedBytes() {
    // 0xe9 is negative as a signed byte; it must still sort after 'z'.
    assertThat(decode("d1:zi1e1:\u00e9i2ee")).isInstanceOf(BDict.class);
    assertRejected("d1:\u00e9i2e1:zi1ee", "unsorted dictionary keys at byte 7");
    // A proper prefix sorts first.
    assertThat(decode("d1:ai1e2:aai2ee")).isInstanceOf(BDict.class);
    assertRejected("d2:aai2e1:ai1ee", "unsorted dictionary keys at byte 8");
  }

  @Test
  void acceptsUnsortedKeysWhenNotRequired() {
    BValue value = Bdecoder.decode(b("d1:bi1e1:ai2ee"), LENIENT);

    assertThat(value).isEqualTo(BDict.builder().put("a", 2).put("b", 1).build());
  }

  @Test
  void rejectsDuplicateKeysInEitherMode() {
    assertRejected("d1:ai1e1:ai2ee", "duplicate dictionary key at byte 7");
    assertThatThrownBy(() -> Bdecoder.decode(b("d1:ai1e1:bi1e1:ai2ee"), LENIENT))
        .isInstanceOf(BencodeException.class)
        .hasMessage("duplicate dictionary key at byte 13");
  }

  @ParameterizedTest
  @ValueSource(strings = {"di1ei2ee", "dle1:ae", "dde1:ae", "d-1:ae"})
  void rejectsNonStringKey(String input) {
    assertRejected(input, "dictionary key is not a string at byte 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"i1ei2e", "4:spamx", "lee", "de\n", "i0e "})
  void rejectsTrailingData(String input) {
    assertThatThrownBy(() -> decode(input))
        .isInstanceOf(BencodeException.class)
        .hasMessageStartingWith("trailing data after the top-level value at byte");
  }

  @Test
  void rejectsEmptyInput() {
    assertRejected("", "empty input at byte 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "e", ":", " i1e", "\u0000"})
  void rejectsBytesThatCannotStartAValue(String input) {
    assertThatThrownBy(() -> decode(input))
        .isInstanceOf(BencodeException.class)
        .hasMessageEndingWith("where a value should start at byte 0");
  }

  @Test
  void rejectsInputLargerThanLimit() {
    BencodeLimits limits = STRICT.withMaxInputSize(4);

    assertThat(Bdecoder.decode(b("i12e"), limits)).isEqualTo(BInteger.of(12));
    assertThatThrownBy(() -> Bdecoder.decode(b("i123e"), limits))
        .isInstanceOf(BencodeException.class)
        .hasMessage("input of 5 bytes exceeds the limit of 4 bytes");
  }

  @Test
  void rejectsTruncationAtEveryPosition() {
    String doc =
        "d8:announce15:http://t.io/ann4:infod6:lengthi1048576e4:name5:a.bin"
            + "12:piece lengthi262144e6:pieces20:aaaaaaaaaaaaaaaaaaaaee";
    assertThat(decode(doc)).isInstanceOf(BDict.class);

    for (int len = 0; len < doc.length(); len++) {
      byte[] prefix = Arrays.copyOf(b(doc), len);
      assertThatThrownBy(() -> Bdecoder.decode(prefix, STRICT))
          .as("prefix of length %d", len)
          .isInstanceOf(BencodeException.class);
    }
  }

  @Test
  void truncationMessageSaysWhatWasExpected() {
    assertRejected("li1e", "truncated input: expected list item or 'e' at byte 4");
    assertRejected("i12", "truncated input: expected integer terminator 'e' at byte 3");
    assertRejected("d3:key", "truncated input: expected value at byte 6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"l", "d1:a"})
  void rejectsDeepNestingWithoutStackOverflow(String level) {
    byte[] deep = b(level.repeat(100_000));

    assertThatThrownBy(() -> Bdecoder.decode(deep, STRICT))
        .isInstanceOf(BencodeException.class)
        .hasMessageStartingWith("nesting deeper than 64 levels at byte");
  }

  @Test
  void allowsNestingUpToMaxDepth() {
    BencodeLimits limits = STRICT.withMaxDepth(3);

    assertThat(Bdecoder.decode(b("llleee"), limits)).isEqualTo(BList.of(BList.of(BList.of())));
    assertThatThrownBy(() -> Bdecoder.decode(b("lllleeee"), limits))
        .hasMessage("nesting deeper than 3 levels at byte 3");
  }

  @Test
  void limitsRejectMaxDepthBeyondCeiling() {
    assertThatThrownBy(() -> STRICT.withMaxDepth(BencodeLimits.MAX_DEPTH_CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spanOfInfoCoversExactlyItsBytes() {
    String info = "d6:lengthi5e4:name1:x12:piece lengthi16e6:pieces0:e";
    byte[] doc = b("d8:announce3:url4:info" + info + "7:x-extra2:hie");

    BDict root = (BDict) Bdecoder.decode(doc, STRICT);
    BDict decodedInfo = root.dict("info").orElseThrow();

    assertThat(Arrays.copyOfRange(doc, decodedInfo.start(), decodedInfo.end())).isEqualTo(b(info));
    assertThat(root.start()).isZero();
    assertThat(root.end()).isEqualTo(doc.length);
  }

  @Test
  void spansOfEveryKindOfValue() {
    byte[] doc = b("li-42e3:abcl0:ed1:ai1eee");
    BList list = (BList) Bdecoder.decode(doc, STRICT);

    List<String> spans =
        list.items().stream()
            .map(v -> Bytes.s(Arrays.copyOfRange(doc, v.start(), v.end())))
            .toList();
    assertThat(spans).containsExactly("i-42e", "3:abc", "l0:e", "d1:ai1ee");
  }

  @Test
  void spansOfSliceAreIndicesIntoWholeArray() {
    byte[] data = b("xxxd1:ai1eeyy");

    BDict dict = (BDict) Bdecoder.decode(data, 3, 8, STRICT);
    BValue a = dict.get("a").orElseThrow();

    assertThat(dict.start()).isEqualTo(3);
    assertThat(dict.end()).isEqualTo(11);
    assertThat(a.start()).isEqualTo(7);
    assertThat(a.end()).isEqualTo(10);
  }

  @Test
  void errorOffsetIsAvailableProgrammatically() {
    Throwable e = catchThrowable(() -> decode("l0:i03ee"));

    assertThat(e).isInstanceOf(BencodeException.class);
    assertThat(((BencodeException) e).offset()).isEqualTo(4);
  }
}
