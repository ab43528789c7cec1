package org.multitracker.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.multitracker.wire.RawQuery;

class ForwardedQueryTest {
  private static final String MEMBER = "member:8081";

  /** What the aggregator reads out of the forwarded query. */
  private static RawQuery forwarded(String clientQuery, String password) {
    String q =
        ForwardedQuery.build(
            RawQuery.parse(clientQuery), password, "10.1.2.3", "aria2/1.36", MEMBER);
    return RawQuery.parse(q);
  }

  private static List<String> all(RawQuery q, String key) {
    return q.all(key).stream().map(v -> new String(v, StandardCharsets.UTF_8)).toList();
  }

  @Test
  void dropsMemberOnlyParametersByTheirDecodedName() {
    RawQuery q =
        forwarded(
            "left=5&mt%5Fip=6.6.6.6&mt%5Ftracker=evil:1&mt%5Fua=evilUA&%70assword=x"
                + "&PASSWORD=y&Mt_Ip=7.7.7.7&mt_ip=8.8.8.8&%6d%74%5f%75%61=evil2&password",
            "s3cret");
    assertThat(all(q, "mt_ip")).containsExactly("10.1.2.3");
    assertThat(all(q, "mt_tracker")).containsExactly(MEMBER);
    assertThat(all(q, "mt_ua")).containsExactly("aria2/1.36");
    assertThat(all(q, "password")).containsExactly("s3cret");
    assertThat(q.has("PASSWORD")).isFalse();
    assertThat(q.has("Mt_Ip")).isFalse();
    assertThat(all(q, "left")).containsExactly("5");
    assertThat(q.size()).isEqualTo(5);
  }

  @Test
  void keepsRepeatedKeysEmptyValuesAndOrder() {
    RawQuery q = forwarded("a=1&key=&a=2&bare&c=x+y%2Bz&&d=%3D%26", "");
    assertThat(all(q, "a")).containsExactly("1", "2");
    assertThat(all(q, "key")).containsExactly("");
    assertThat(all(q, "bare")).containsExactly("");
    assertThat(all(q, "c")).containsExactly("x y+z");
    assertThat(all(q, "d")).containsExactly("=&");
    assertThat(q.key(0)).isEqualTo("a");
    assertThat(q.key(1)).isEqualTo("key");
    assertThat(q.key(2)).isEqualTo("a");
  }

  @Test
  void keepsOddlySpeltNamesThatAreNotMemberOnly() {
    RawQuery q = forwarded("%69nfo%5Fhash=abc&my+key=1&mt=2&xmt_ip=3&passwords=4", "");
    assertThat(all(q, "info_hash")).containsExactly("abc");
    assertThat(all(q, "my key")).containsExactly("1");
    assertThat(all(q, "mt")).containsExactly("2");
    assertThat(all(q, "xmt_ip")).containsExactly("3");
    assertThat(all(q, "passwords")).containsExactly("4");
  }

  @Test
  void preservesBinaryInfoHashesAndPeerIdsByteForByte() {
    for (int start = 0; start < 256; start += 20) {
      byte[] hash = new byte[20];
      byte[] peer = new byte[20];
      for (int i = 0; i < 20; i++) {
        hash[i] = (byte) (start + i);
        peer[i] = (byte) (255 - start - i);
      }
      String client = "info_hash=" + rawEncode(hash) + "&peer_id=" + lowerEncode(peer) + "&port=1";
      RawQuery q = forwarded(client, "pw");
      assertThat(q.first("info_hash")).as("from byte %d", start).isEqualTo(hash);
      assertThat(q.first("peer_id")).as("from byte %d", start).isEqualTo(peer);
    }
  }

  @Test
  void keepsTheDedicatedSeedIdToTheMember() {
    assertThat(forwarded("left=0&seed_id=S3cret&seed%5Fid=x", "pw").has("seed_id")).isFalse();
  }

  @Test
  void sendsNoPasswordWhenTheOptionHasNone() {
    RawQuery q = forwarded("left=1&password=guess", "");
    assertThat(q.has("password")).isFalse();
  }

  @Test
  void encodesThePasswordAndUserAgentAsUtf8AndBoundsTheUserAgent() {
    String ua = "x".repeat(254) + "\uD83D\uDE00" + "tail";
    String built = ForwardedQuery.build(RawQuery.parse("left=1"), "pä ss&=", "::1", ua, "host:1");
    RawQuery q = RawQuery.parse(built);
    assertThat(new String(q.first("password"), StandardCharsets.UTF_8)).isEqualTo("pä ss&=");
    assertThat(new String(q.first("mt_ua"), StandardCharsets.UTF_8)).isEqualTo("x".repeat(254));
    assertThat(built).matches("[A-Za-z0-9._~%=&-]*");
  }

  /** As a client that leaves printable bytes unescaped (uppercase hex). */
  private static String rawEncode(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      int c = x & 0xff;
      if (c > 0x20 && c < 0x7f && "%&=+#".indexOf(c) < 0) {
        b.append((char) c);
      } else {
        b.append(String.format("%%%02X", c));
      }
    }
    return b.toString();
  }

  private static String lowerEncode(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(String.format("%%%02x", x & 0xff));
    }
    return b.toString();
  }
}
