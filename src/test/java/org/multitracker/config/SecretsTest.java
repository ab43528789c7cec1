package org.multitracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {
  private static TrackerConfig with(Map<String, String> values) {
    return TrackerConfig.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void theConfigurationDumpShowsEveryOptionButNoSecret() {
    String aggregator = with(Map.of("tracker.aggregator", "AggPw-41")).toString();
    assertThat(aggregator)
        .doesNotContain("AggPw-41")
        .contains("aggregator=<redacted>")
        .contains("reannounce_interval=1800")
        .contains("min_time_between_log_flushes=3.0")
        .contains("aggregator_retention_days=90");
    String member =
        with(Map.of(
                "tracker.aggregate_forward", "http://agg:81/announce,FwdPw-42",
                "tracker.dedicated_seed_id", "Seed-43"))
            .toString();
    assertThat(member)
        .doesNotContain("FwdPw-42")
        .doesNotContain("Seed-43")
        .contains("aggregate_forward=http://agg:81/announce,<redacted>")
        .contains("dedicated_seed_id=<redacted>")
        .contains("aggregator=0");
    assertThat(with(Map.of("tracker.aggregator", "1")).toString()).contains("aggregator=1");
  }

  /** The admin account became part of TrackerConfig: its hash must stay out of the dump. */
  @Test
  void theConfigurationDumpRedactsTheAdminHash() {
    String hash = "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaGhhc2g=";
    String dump =
        with(Map.of("tracker.admin_user", "operator", "tracker.admin_password_hash", hash))
            .toString();
    assertThat(dump)
        .doesNotContain(hash)
        .doesNotContain("aGFzaGhhc2hoYXNoaGFzaGhhc2g")
        .contains("admin_password_hash=<redacted>")
        .contains("admin_user=operator");
  }

  @Test
  void deploymentErrorsDoNotQuoteTheForwardingPassword() {
    assertThatThrownBy(() -> with(Map.of("tracker.aggregate_forward", "agg:81/announce,FwdPw-44")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("aggregate_forward=")
        .hasMessageNotContaining("FwdPw-44");
    assertThatThrownBy(
            () ->
                with(
                    Map.of(
                        "tracker.aggregator", "AggPw-45",
                        "tracker.aggregate_forward", "http://agg/announce,FwdPw-46")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageNotContaining("AggPw-45")
        .hasMessageNotContaining("FwdPw-46");
  }

  @Test
  void urlsKeepWhereTheyPointAndLoseCredentials() {
    assertThat(Secrets.url("http://agg:8080/announce")).isEqualTo("http://agg:8080/announce");
    assertThat(Secrets.url("https://user:pw@agg/announce"))
        .isEqualTo("https://<redacted>@agg/announce");
    assertThat(Secrets.url("http://agg/announce?passkey=k#f"))
        .isEqualTo("http://agg/announce?<redacted>");
    assertThat(Secrets.url("http://a@b@agg?x")).isEqualTo("http://<redacted>@agg?<redacted>");
    assertThat(Secrets.url("http://[::1]:81")).isEqualTo("http://[::1]:81");
    assertThat(Secrets.url("no url at all")).isEqualTo(Secrets.REDACTED);
  }

  @Test
  void secretOptionsAreRedactedWholeAndOthersShownAsTheyAre() {
    assertThat(Secrets.option("admin_password_hash", "PBKDF2WithHmacSHA256:1:a:b"))
        .isEqualTo(Secrets.REDACTED);
    assertThat(Secrets.option("aggregator", "0")).isEqualTo("0");
    assertThat(Secrets.option("aggregator", "pw")).isEqualTo(Secrets.REDACTED);
    assertThat(Secrets.option("aggregate_forward", "http://a/b")).isEqualTo("http://a/b");
    assertThat(Secrets.option("response_size", "x")).isEqualTo("x");
  }
}
