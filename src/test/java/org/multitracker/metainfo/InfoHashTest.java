package org.multitracker.metainfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InfoHashTest {

  private static final String ABC_SHA1 = "a9993e364706816aba3e25717850c26c9cd0d89d";

  @Test
  void hashesWithSha1() {
    byte[] data = "xxabcyy".getBytes(StandardCharsets.US_ASCII);

    assertThat(InfoHash.sha1Of(data, 2, 3).hex()).isEqualTo(ABC_SHA1);
  }

  @Test
  void parsesHexInEitherCase() {
    InfoHash lower = InfoHash.fromHex(ABC_SHA1);
    InfoHash upper = InfoHash.fromHex(ABC_SHA1.toUpperCase());

    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(upper.hex()).isEqualTo(ABC_SHA1);
    assertThat(upper).hasToString(ABC_SHA1);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "a9993e364706816aba3e25717850c26c9cd0d89",
        "a9993e364706816aba3e25717850c26c9cd0d89d0",
        "g9993e364706816aba3e25717850c26c9cd0d89d",
        " 9993e364706816aba3e25717850c26c9cd0d89d",
        "\uff10\uff10993e364706816aba3e25717850c26c9cd0d89d"
      })
  void rejectsAnythingButFortyHexDigits(String hex) {
    assertThatThrownBy(() -> InfoHash.fromHex(hex)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiresExactlyTwentyBytes() {
    assertThatThrownBy(() -> new InfoHash(new byte[19]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("19");
    assertThatThrownBy(() -> new InfoHash(new byte[21]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isImmutable() {
    byte[] source = new byte[20];
    InfoHash hash = new InfoHash(source);
    source[0] = 1;
    hash.bytes()[1] = 1;

    assertThat(hash.bytes()).containsOnly(0);
  }

  @Test
  void equalsByContent() {
    byte[] a = new byte[20];
    byte[] b = new byte[20];
    b[19] = 1;

    assertThat(new InfoHash(a)).isEqualTo(new InfoHash(a.clone()));
    // Same first bytes, so the same hash code, but still different values.
    assertThat(new InfoHash(a)).isNotEqualTo(new InfoHash(b)).hasSameHashCodeAs(new InfoHash(b));
  }

  @Test
  void hashCodeUsesLeadingBytes() {
    assertThat(InfoHash.fromHex(ABC_SHA1).hashCode()).isEqualTo(0xa9993e36);
  }

  @Test
  void copiesIntoBuffer() {
    byte[] out = new byte[22];

    InfoHash.fromHex(ABC_SHA1).copyTo(out, 1);

    assertThat(out[0]).isZero();
    assertThat(out[1]).isEqualTo((byte) 0xa9);
    assertThat(out[20]).isEqualTo((byte) 0x9d);
    assertThat(out[21]).isZero();
  }
}
