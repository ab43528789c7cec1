package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminPathsTest {
  @Test
  void onlyAdminPathsAreChecked() {
    assertThat(AdminPaths.isAdmin("/admin")).isTrue();
    assertThat(AdminPaths.isAdmin("/admin/torrent")).isTrue();
    assertThat(AdminPaths.isAdmin("/api/announces")).isTrue();
    assertThat(AdminPaths.isAdmin("/login")).isTrue();
    assertThat(AdminPaths.isAdmin("/announce")).isFalse();
    assertThat(AdminPaths.isAdmin("/scrape")).isFalse();
    assertThat(AdminPaths.isAdmin("/")).isFalse();
  }

  @Test
  void nextStaysOnTheAdminPage() {
    assertThat(AdminPaths.safeNext("/admin/torrent?info_hash=ab"))
        .isEqualTo("/admin/torrent?info_hash=ab");
    for (String bad :
        new String[] {
          null,
          "",
          "//evil.example",
          "https://evil.example/admin",
          "/admin/../announce",
          "/\\evil",
          "/administrator",
          "/admin\r\nSet-Cookie: x",
          "/admin/é"
        }) {
      assertThat(AdminPaths.safeNext(bad)).as(String.valueOf(bad)).isEqualTo("/admin");
    }
  }
}
