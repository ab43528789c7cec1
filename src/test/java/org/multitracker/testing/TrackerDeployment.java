package org.multitracker.testing;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR `mvn package` built, with test options as its microprofile-config.properties. */
public final class TrackerDeployment {
  private TrackerDeployment() {}

  public static WebArchive withOptions(Map<String, String> options) {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tracker.war")));
    String props =
        options.entrySet().stream()
            .map(e -> "tracker." + e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(war)
        .addAsResource(new StringAsset(props), "META-INF/microprofile-config.properties");
  }
}
