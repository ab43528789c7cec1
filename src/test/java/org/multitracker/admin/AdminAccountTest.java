package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.multitracker.config.InvalidConfigException;
import org.multitracker.config.TrackerConfig;
import org.multitracker.testing.AdminLogin;

class AdminAccountTest {
  static AdminAccount read(Map<String, String> options) {
    return AdminAccount.of(
        TrackerConfig.from(
            k -> Optional.ofNullable(options.get(k.substring("tracker.".length())))));
  }

  @Test
  void offUnlessConfigured() {
    assertThat(read(Map.of()).enabled()).isFalse();
  }

  @Test
  void readsTheAccount() {
    AdminAccount a = read(AdminLogin.options());
    assertThat(a.enabled()).isTrue();
    assertThat(a.user()).isEqualTo(AdminLogin.USER);
    assertThat(a.toString()).doesNotContain(AdminLogin.passwordHash());
  }

  @Test
  void isPartOfTheConfigurationAndItsHashIsNeverShown() {
    TrackerConfig c =
        TrackerConfig.from(
            k -> Optional.ofNullable(AdminLogin.options().get(k.substring("tracker.".length()))));
    assertThat(c.adminUser()).isEqualTo(AdminLogin.USER);
    assertThat(c.adminPasswordHash()).isEqualTo(AdminLogin.passwordHash());
    assertThat(c.toString())
        .contains("admin_user=" + AdminLogin.USER)
        .contains("admin_password_hash=<redacted>")
        .doesNotContain(AdminLogin.passwordHash());
  }

  @Test
  void refusesHalfAnAccount() {
    assertThatThrownBy(() -> read(Map.of("admin_user", "op")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("set together");
    assertThatThrownBy(() -> read(Map.of("admin_password_hash", AdminLogin.passwordHash())))
        .isInstanceOf(InvalidConfigException.class);
  }

  @Test
  void refusesPlainPasswordsAndWeakHashes() {
    for (String bad :
        new String[] {
          "secret",
          "PBKDF2WithHmacSHA256:10:AAAA:AAAA",
          "PBKDF2WithHmacSHA1:10000:AAAA:AAAA",
          "PBKDF2WithHmacSHA256:10000:!!:AAAA",
          "PBKDF2WithHmacSHA256:99999999999:AAAA:AAAA"
        }) {
      assertThatThrownBy(() -> read(Map.of("admin_user", "op", "admin_password_hash", bad)))
          .as(bad)
          .isInstanceOf(InvalidConfigException.class)
          .hasMessageContaining("admin_password_hash");
    }
  }

  @Test
  void refusesUnusableUserNames() {
    assertThatThrownBy(
            () ->
                read(Map.of("admin_user", "a:b", "admin_password_hash", AdminLogin.passwordHash())))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("admin_user");
  }
}
