package org.multitracker.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLinesTest {
  @Test
  void redactsEveryPasswordHoweverItsNameIsSpelt() {
    String line =
        "GET /announce?info_hash=%01%02&password=Pw1&left=0&%70assword=Pw2&PassWord=Pw3"
            + "&password=Pw4 HTTP/1.1";
    assertThat(RequestLines.withoutSecrets(line))
        .isEqualTo(
            "GET /announce?info_hash=%01%02&password=<redacted>&left=0&%70assword=<redacted>"
                + "&PassWord=<redacted>&password=<redacted> HTTP/1.1");
  }

  @Test
  void leavesEverythingElseAlone() {
    for (String line :
        new String[] {
          "GET /announce?passwords=a&xpassword=b&password HTTP/1.1",
          "GET / HTTP/1.1",
          "GET /scrape? HTTP/1.0",
          "GET /announce?a=1&&b=%zz HTTP/1.1",
          "GET /x?password"
        }) {
      assertThat(RequestLines.withoutSecrets(line)).isEqualTo(line);
    }
    assertThat(RequestLines.withoutSecrets("GET /x?password="))
        .isEqualTo("GET /x?password=<redacted>");
    assertThat(RequestLines.withoutSecrets("GET /announce?left=0&seed%5Fid=S1 HTTP/1.1"))
        .isEqualTo("GET /announce?left=0&seed%5Fid=<redacted> HTTP/1.1");
  }

  @Test
  void theWrittenLineHasNoPassword() {
    AccessLogEntry e =
        new AccessLogEntry(
            "10.0.0.1", 0, "GET /announce?password=Pw5 HTTP/1.1", 200, 10, null, "ua");
    assertThat(e.format()).doesNotContain("Pw5").contains("password=<redacted>");
  }
}
