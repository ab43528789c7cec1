package org.multitracker.allowed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.multitracker.config.TrackerConfig;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.network.IpAddresses;
import org.multitracker.network.IpRanges;

class AllowedTorrentsTest {

  private static final InfoHash LISTED = InfoHash.fromHex("aa".repeat(20));
  private static final InfoHash OTHER = InfoHash.fromHex("bb".repeat(20));
  private static final byte[] OFFICE = IpAddresses.parseLiteral("10.0.0.5");
  private static final byte[] OUTSIDER = IpAddresses.parseLiteral("203.0.113.7");
  private static final byte[] BANNED_OFFICE = IpAddresses.parseLiteral("10.0.0.66");

  private static AllowedTorrents with(TrackerConfig config) {
    AllowedTorrents allowed = new AllowedTorrents();
    allowed.config = config;
    allowed.setCurrent(AllowedSet.ofHashes(Set.of(LISTED)));
    allowed.setAllowedIps(IpRanges.parseSubnets(List.of("10.0.0.0/8")));
    allowed.setBannedIps(IpRanges.parseRanges(List.of("x:10.0.0.64-10.0.0.127")));
    return allowed;
  }

  @Test
  void allowsEveryTorrentWhenUnrestricted() {
    AllowedTorrents allowed = with(TestConfigs.unrestricted());

    assertThat(allowed.isRestricted()).isFalse();
    assertThat(allowed.allows(OTHER)).isTrue();
  }

  @Test
  void allowsOnlyListedTorrentsWhenRestricted() {
    for (TrackerConfig config :
        List.of(TestConfigs.allowedDir("/srv/x"), TestConfigs.allowedList("/srv/x"))) {
      AllowedTorrents allowed = with(config);

      assertThat(allowed.isRestricted()).isTrue();
      assertThat(allowed.allows(LISTED)).isTrue();
      assertThat(allowed.allows(OTHER)).isFalse();
    }
  }

  @Test
  void letsEveryAddressInWhenNoIpListIsSet() {
    AllowedTorrents allowed = with(TestConfigs.unrestricted());

    assertThat(allowed.ipAllowed(OUTSIDER)).isTrue();
    assertThat(allowed.ipAllowed(BANNED_OFFICE)).isTrue();
  }

  @Test
  void letsOnlyAllowedAddressesIn() {
    AllowedTorrents allowed = with(TestConfigs.ipLists("/etc/allowed", ""));

    assertThat(allowed.ipAllowed(OFFICE)).isTrue();
    assertThat(allowed.ipAllowed(BANNED_OFFICE)).isTrue();
    assertThat(allowed.ipAllowed(OUTSIDER)).isFalse();
  }

  @Test
  void keepsBannedAddressesOut() {
    AllowedTorrents allowed = with(TestConfigs.ipLists("", "/etc/banned"));

    assertThat(allowed.ipAllowed(BANNED_OFFICE)).isFalse();
    assertThat(allowed.ipAllowed(OUTSIDER)).isTrue();
  }

  @Test
  void aBanWinsOverAnAllowance() {
    AllowedTorrents allowed = with(TestConfigs.ipLists("/etc/allowed", "/etc/banned"));

    assertThat(allowed.ipAllowed(OFFICE)).isTrue();
    assertThat(allowed.ipAllowed(BANNED_OFFICE)).isFalse();
    assertThat(allowed.ipAllowed(OUTSIDER)).isFalse();
  }

  @Test
  void letsNobodyInUntilTheAllowedListLoads() {
    AllowedTorrents allowed = new AllowedTorrents();
    allowed.config = TestConfigs.ipLists("/etc/allowed", "");

    assertThat(allowed.ipAllowed(OFFICE)).isFalse();
  }

  @Test
  void looksUpMappedIpv6AsIpv4() {
    AllowedTorrents allowed = with(TestConfigs.ipLists("/etc/allowed", ""));

    assertThat(allowed.ipAllowed(IpAddresses.parseLiteral("::ffff:10.0.0.5"))).isTrue();
  }
}
