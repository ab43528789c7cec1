package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.multitracker.testing.AdminLogin;

class BasicCredentialsTest {
  @Test
  void readsUserAndPassword() {
    UsernamePasswordCredential c = BasicCredentials.parse(AdminLogin.basic("op", "pa:ss wörd"));
    assertThat(c.getCaller()).isEqualTo("op");
    assertThat(c.getPasswordAsString()).isEqualTo("pa:ss wörd");
    assertThat(BasicCredentials.parse("bAsIc " + AdminLogin.basic("op", "x").substring(6)))
        .isNotNull();
  }

  @Test
  void malformedHeadersAreNull() {
    assertThat(BasicCredentials.parse("Basic !!!")).isNull();
    assertThat(
            BasicCredentials.parse(
                "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())))
        .isNull();
    assertThat(
            BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(":pw".getBytes())))
        .isNull();
    assertThat(BasicCredentials.parse("Bearer abc")).isNull();
    assertThat(BasicCredentials.parse("Basic " + "A".repeat(5000))).isNull();
  }
}
