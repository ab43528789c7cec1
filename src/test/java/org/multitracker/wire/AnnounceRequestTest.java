package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnnounceRequestTest {

  private static final String HASH = "%01".repeat(20);
  private static final String PEER = "-XX0001-" + "abcdefghijkl";
  private static final String BASE =
      "info_hash=" + HASH + "&peer_id=" + PEER + "&port=6881&uploaded=1&downloaded=2&left=3";

  private static AnnounceRequest announce(String query) {
    return AnnounceRequest.from(RawQuery.parse(query));
  }

  private static void assertGarbage(String query, String reason) {
    assertThatThrownBy(() -> announce(query))
        .isInstanceOf(GarbageRequestException.class)
        .hasMessage(reason);
  }

  /** The base query with parameter {@code name} dropped. */
  private static String without(String name) {
    return String.join(
        "&", Arrays.stream(BASE.split("&")).filter(p -> !p.startsWith(name + "=")).toList());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void parsesAMinimalAnnounceWithDefaults() {
    AnnounceRequest r = announce(BASE);

    byte[] hash = new byte[20];
    Arrays.fill(hash, (byte) 1);
    assertThat(r.infoHash()).isEqualTo(hash);
    assertThat(r.peerId()).isEqualTo(ascii(PEER));
    assertThat(r.port()).isEqualTo(6881);
    assertThat(r.uploaded()).isEqualTo(1);
    assertThat(r.downloaded()).isEqualTo(2);
    assertThat(r.left()).isEqualTo(3);
    assertThat(r.event()).isEqualTo(AnnounceEvent.NONE);
    assertThat(r.compact()).isFalse();
    assertThat(r.noPeerId()).isFalse();
    assertThat(r.numwant()).isEqualTo(-1);
    assertThat(r.key()).isNull();
    assertThat(r.ip()).isNull();
    assertThat(r.trackerId()).isNull();
    assertThat(r.supportCrypto()).isFalse();
    assertThat(r.requireCrypto()).isFalse();
    assertThat(r.tracker()).isFalse();
    assertThat(r.password()).isNull();
    assertThat(r.seedId()).isNull();
    assertThat(r.checkSeeded()).isFalse();
    assertThat(r.scrape()).isFalse();
  }

  @Test
  void roundTripsEveryByteValueInInfoHashAndPeerId() {
    for (int chunk = 0; chunk < 256; chunk += 20) {
      byte[] expected = new byte[20];
      StringBuilder escaped = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        int b = (chunk + i) % 256;
        expected[i] = (byte) b;
        // Alternate case so both hex spellings cross every byte value.
        escaped.append(String.format(i % 2 == 0 ? "%%%02x" : "%%%02X", b));
      }
      String query =
          "info_hash=" + escaped + "&peer_id=" + escaped + "&port=1&uploaded=0&downloaded=0&left=0";

      AnnounceRequest r = announce(query);

      assertThat(r.infoHash()).isEqualTo(expected);
      assertThat(r.peerId()).isEqualTo(expected);
    }
  }

  @Test
  void firstOccurrenceWinsForRepeatedScalars() {
    AnnounceRequest r = announce(BASE + "&port=1&left=99&event=started&event=stopped");

    assertThat(r.port()).isEqualTo(6881);
    assertThat(r.left()).isEqualTo(3);
    assertThat(r.event()).isEqualTo(AnnounceEvent.STARTED);
  }

  @Test
  void rejectsMissingInfoHash() {
    assertGarbage(without("info_hash"), "no info hash");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 19, 21})
  void rejectsInfoHashOfWrongLength(int length) {
    String query = BASE.replace("info_hash=" + HASH, "info_hash=" + "a".repeat(length));

    assertGarbage(query, "info hash not of length 20");
  }

  @Test
  void rejectsNineteenByteInfoHash() {
    assertGarbage(BASE.replace(HASH, "%01".repeat(19)), "info hash not of length 20");
  }

  @Test
  void rejectsMissingPeerId() {
    assertGarbage(without("peer_id"), "id not of length 20");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 19, 21})
  void rejectsPeerIdOfWrongLength(int length) {
    assertGarbage(BASE.replace(PEER, "p".repeat(length)), "id not of length 20");
  }

  @Test
  void rejectsMissingPort() {
    assertGarbage(without("port"), "invalid port");
  }

  @ParameterizedTest
  @ValueSource(strings = {"70000", "65536", "-1", "abc", "", "+80", "99999999999999999999"})
  void rejectsInvalidPorts(String port) {
    assertGarbage(BASE.replace("port=6881", "port=" + port), "invalid port");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65535})
  void acceptsPortBounds(int port) {
    assertThat(announce(BASE.replace("port=6881", "port=" + port)).port()).isEqualTo(port);
  }

  @Test
  void cryptoportOverridesPort() {
    assertThat(announce(BASE + "&cryptoport=7000").port()).isEqualTo(7000);
  }

  @Test
  void cryptoportMustBeValidEvenWithAValidPort() {
    assertGarbage(BASE + "&cryptoport=70000", "invalid port");
  }

  @Test
  void cryptoportAloneSuffices() {
    assertThat(announce(without("port") + "&cryptoport=7000").port()).isEqualTo(7000);
  }

  @ParameterizedTest
  @CsvSource({
    "left,invalid amount left",
    "uploaded,invalid uploaded",
    "downloaded,invalid downloaded"
  })
  void rejectsMissingAmounts(String name, String reason) {
    assertGarbage(without(name), reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "abc", "", "+3", "1e3", "9223372036854775808", "3 "})
  void rejectsNegativeNonNumericOrOverflowingLeft(String left) {
    assertGarbage(BASE.replace("left=3", "left=" + left), "invalid amount left");
  }

  @Test
  void rejectsNegativeUploadedAndDownloaded() {
    assertGarbage(BASE.replace("uploaded=1", "uploaded=-5"), "invalid uploaded");
    assertGarbage(BASE.replace("downloaded=2", "downloaded=x"), "invalid downloaded");
  }

  @Test
  void acceptsLargestLeft() {
    AnnounceRequest r = announce(BASE.replace("left=3", "left=9223372036854775807"));

    assertThat(r.left()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void rejectsUnknownEvent() {
    assertGarbage(BASE + "&event=paused", "invalid event");
  }

  @Test
  void treatsEmptyEventAsNone() {
    assertThat(announce(BASE + "&event=").event()).isEqualTo(AnnounceEvent.NONE);
  }

  @Test
  void parsesNumwant() {
    assertThat(announce(BASE + "&numwant=0").numwant()).isZero();
    assertThat(announce(BASE + "&numwant=50").numwant()).isEqualTo(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "9223372036854775807", "99999999999999999999999"})
  void clampsHugeNumwant(String numwant) {
    assertThat(announce(BASE + "&numwant=" + numwant).numwant()).isEqualTo(Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "ten", "", "+5"})
  void rejectsInvalidNumwant(String numwant) {
    assertGarbage(BASE + "&numwant=" + numwant, "invalid numwant");
  }

  @ParameterizedTest
  @CsvSource({
    "compact=1,true",
    "compact=0,false",
    "compact=,false",
    "compact,false",
    "compact=yes,true"
  })
  void readsCompactFlag(String param, boolean expected) {
    assertThat(announce(BASE + "&" + param).compact()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"no_peer_id=1,true", "no_peer_id=0,false", "no_peer_id=,false", "x=1,false"})
  void readsNoPeerIdFlag(String param, boolean expected) {
    assertThat(announce(BASE + "&" + param).noPeerId()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"supportcrypto=1,true", "supportcrypto=0,false", "supportcrypto,true", "x=1,false"})
  void readsSupportCrypto(String param, boolean expected) {
    AnnounceRequest r = announce(BASE + "&" + param);

    assertThat(r.supportCrypto()).isEqualTo(expected);
    assertThat(r.requireCrypto()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "requirecrypto=1,true",
    "requirecrypto=2,true",
    "requirecrypto=0,false",
    "requirecrypto=,false",
    "requirecrypto=yes,false",
    "requirecrypto=-1,false"
  })
  void readsRequireCrypto(String param, boolean expected) {
    assertThat(announce(BASE + "&" + param).requireCrypto()).isEqualTo(expected);
  }

  @Test
  void requireCryptoImpliesSupportCrypto() {
    AnnounceRequest r = announce(BASE + "&requirecrypto=1&supportcrypto=0");

    assertThat(r.requireCrypto()).isTrue();
    assertThat(r.supportCrypto()).isTrue();
  }

  @Test
  void readsPresenceFlags() {
    AnnounceRequest r = announce(BASE + "&tracker&scrape=0&check_seeded=1");

    assertThat(r.tracker()).isTrue();
    assertThat(r.scrape()).isTrue();
    assertThat(r.checkSeeded()).isTrue();
    assertThat(announce(BASE + "&check_seeded=0").checkSeeded()).isFalse();
    assertThat(announce(BASE + "&check_seeded").checkSeeded()).isTrue();
  }

  @Test
  void keepsOptionalTokensRaw() {
    AnnounceRequest r =
        announce(BASE + "&key=%FFk&ip=10.0.0.1&trackerid=t1&password=pw&seed_id=s%00");

    assertThat(r.key()).containsExactly(0xff, 'k');
    assertThat(r.ip()).isEqualTo(ascii("10.0.0.1"));
    assertThat(r.trackerId()).isEqualTo(ascii("t1"));
    assertThat(r.password()).isEqualTo(ascii("pw"));
    assertThat(r.seedId()).containsExactly('s', 0);
  }

  @Test
  void boundsOptionalTokenLengths() {
    assertThat(announce(BASE + "&key=" + "k".repeat(64)).key()).hasSize(64);
    assertGarbage(BASE + "&key=" + "k".repeat(65), "invalid key");
    assertThat(announce(BASE + "&ip=" + "i".repeat(64)).ip()).hasSize(64);
    assertGarbage(BASE + "&ip=" + "i".repeat(65), "invalid ip");
    assertThat(announce(BASE + "&trackerid=" + "t".repeat(256)).trackerId()).hasSize(256);
    assertGarbage(BASE + "&trackerid=" + "t".repeat(257), "invalid trackerid");
    assertGarbage(BASE + "&password=" + "p".repeat(257), "invalid password");
    assertGarbage(BASE + "&seed_id=" + "s".repeat(257), "invalid seed_id");
  }

  @Test
  void rejectsEmptyQuery() {
    assertGarbage("", "no info hash");
  }

  @Test
  void comparesByContent() {
    assertThat(announce(BASE)).isEqualTo(announce(BASE)).hasSameHashCodeAs(announce(BASE));
    assertThat(announce(BASE)).isNotEqualTo(announce(BASE + "&compact=1"));
  }

  @Test
  void keepsThePasswordOutOfToString() {
    assertThat(announce(BASE + "&password=hunter2").toString())
        .contains("0101010101")
        .doesNotContain("hunter2");
  }
}
