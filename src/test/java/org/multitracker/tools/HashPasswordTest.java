package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.multitracker.admin.AdminAccount;
import org.multitracker.config.TrackerConfig;

class HashPasswordTest {
  static String run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        new HashPassword(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
            .run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isZero();
    return out.toString(StandardCharsets.UTF_8).trim();
  }

  @Test
  void printsAHashTheTrackerAcceptsAndThatMatchesThePassword() throws Exception {
    String hash = run("pässword with spaces\n", "--iterations", "2000");
    String[] parts = hash.split(":");
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("2000");
    byte[] expected =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new PBEKeySpec(
                    "pässword with spaces".toCharArray(),
                    Base64.getDecoder().decode(parts[2]),
                    2000,
                    256))
            .getEncoded();
    assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(expected);
    Map<String, String> options =
        Map.of("tracker.admin_user", "op", "tracker.admin_password_hash", hash);
    assertThat(
            AdminAccount.of(TrackerConfig.from(k -> Optional.ofNullable(options.get(k)))).enabled())
        .isTrue();
  }

  @Test
  void saltsEveryHash() {
    assertThat(run("pw\n", "--iterations", "1000"))
        .isNotEqualTo(run("pw\n", "--iterations", "1000"));
  }

  @Test
  void refusesPasswordsOnTheCommandLineAndSillyIterations() {
    HashPassword h = new HashPassword(new ByteArrayInputStream(new byte[0]));
    assertThatThrownBy(() -> h.run(List.of("secret"), System.out, System.err))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> h.run(List.of("--iterations", "10"), System.out, System.err))
        .isInstanceOf(UsageException.class);
    assertThat(h.run(List.of(), System.out, new PrintStream(new ByteArrayOutputStream())))
        .isEqualTo(1);
  }
}
