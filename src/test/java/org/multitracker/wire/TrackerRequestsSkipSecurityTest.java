package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.annotation.WebServlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.multitracker.admin.DashboardServlet;
import org.multitracker.announce.AnnounceServlet;
import org.multitracker.scrape.ScrapeServlet;

class TrackerRequestsSkipSecurityTest {

  @Test
  void onlyTheTrackerServletsSkipSecurity() {
    assertThat(TrackerRequestsSkipSecurity.isTrackerServlet(AnnounceServlet.class)).isTrue();
    assertThat(TrackerRequestsSkipSecurity.isTrackerServlet(ScrapeServlet.class)).isTrue();
    assertThat(TrackerRequestsSkipSecurity.isTrackerServlet(DashboardServlet.class)).isFalse();
  }

  /** Skipping security is safe only while no security constraint covers a tracker URL. */
  @Test
  void noSecurityConstraintCoversATrackerUrl() throws Exception {
    String webXml = Files.readString(Path.of("webapp/WEB-INF/web.xml"));
    String constraints =
        webXml.substring(
            webXml.indexOf("<security-constraint>"), webXml.lastIndexOf("</security-constraint>"));
    List<String> patterns = new ArrayList<>();
    Matcher m = Pattern.compile("<url-pattern>([^<]*)</url-pattern>").matcher(constraints);
    while (m.find()) {
      patterns.add(m.group(1));
    }
    assertThat(patterns).isNotEmpty();
    List<String> trackerUrls = new ArrayList<>();
    trackerUrls.addAll(
        List.of(AnnounceServlet.class.getAnnotation(WebServlet.class).urlPatterns()));
    trackerUrls.addAll(List.of(ScrapeServlet.class.getAnnotation(WebServlet.class).urlPatterns()));
    for (String url : trackerUrls) {
      for (String pattern : patterns) {
        assertThat(covers(pattern, url)).as("%s covers %s", pattern, url).isFalse();
      }
    }
  }

  @Test
  void theSharedSecurityContextIsNobodyAndCannotLogIn() {
    TrackerRequestsSkipSecurity.Anonymous nobody = TrackerRequestsSkipSecurity.Anonymous.INSTANCE;
    assertThat(nobody.isAuthenticated()).isFalse();
    assertThat(nobody.getAuthenticatedAccount()).isNull();
    assertThat(nobody.authenticate()).isFalse();
    assertThat(nobody.login("admin", "secret")).isFalse();
    assertThatThrownBy(nobody::setAuthenticationRequired).isInstanceOf(IllegalStateException.class);
  }

  /** Servlet URL pattern matching (exact, path prefix "/x/*", extension "*.x"). */
  private static boolean covers(String pattern, String url) {
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      return url.equals(prefix) || url.startsWith(prefix + "/");
    }
    if (pattern.startsWith("*.")) {
      return url.endsWith(pattern.substring(1));
    }
    return pattern.equals("/") || pattern.equals(url);
  }
}
