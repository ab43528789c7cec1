package org.multitracker.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.multitracker.wire.RawQuery;

class ForwardTargetTest {
  @Test
  void parsesUrlAndPassword() {
    ForwardTarget t = ForwardTarget.parse("http://agg:8080/announce,pw");
    assertThat(t.url().toString()).isEqualTo("http://agg:8080/announce");
    assertThat(t.password()).isEqualTo("pw");
    assertThat(ForwardTarget.parse("https://agg/announce").password()).isEmpty();
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    for (String bad : new String[] {"agg:8080", "ftp://agg/", "http://", "not a url ,x"}) {
      assertThatThrownBy(() -> ForwardTarget.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void stripsWhatOnlyAMemberMaySayAndAddsItsOwn() {
    ForwardTarget t = ForwardTarget.parse("http://agg/announce,s3cret");
    String q =
        t.forwardedQuery(
            RawQuery.parse("info_hash=%01%02&password=guess&mt_ip=6.6.6.6&left=5&mt_tracker=evil"),
            "10.1.2.3",
            "aria2/1.36",
            "member:8081");
    assertThat(q)
        .startsWith("info_hash=%01%02&left=5&password=s3cret&mt_ip=10.1.2.3")
        .contains("&mt_tracker=member%3A8081")
        .contains("&mt_ua=aria2%2F1.36")
        .doesNotContain("guess")
        .doesNotContain("6.6.6.6")
        .doesNotContain("evil");
    assertThat(t.forwardUri(q).toString()).startsWith("http://agg/announce?info_hash=");
  }

  @Test
  void showsNeitherThePasswordNorCredentialsOfTheUrl() {
    assertThat(ForwardTarget.parse("http://u:p@agg:81/announce?passkey=k,s3cret").toString())
        .isEqualTo("http://<redacted>@agg:81/announce?<redacted>");
    assertThat(ForwardTarget.parse("http://agg/announce,s3cret").toString())
        .isEqualTo("http://agg/announce");
  }
}
