package org.multitracker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import org.multitracker.testing.AdminLogin;
import org.multitracker.testing.Prerequisites;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, through chromedriver: log in with the form, see the torrent list
 * with the hostile name as plain text (no alert, no injected element), and the rendered charts.
 */
final class AdminBrowserChecks {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private AdminBrowserChecks() {}

  static void run(String base, String hash, String hostileName) throws Exception {
    Prerequisites.require(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    Path profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Headless as root in a closed network: no sandbox, and no background calls to Google.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    try {
      check(driver, base, hash, hostileName);
    } finally {
      driver.quit();
      service.stop();
    }
  }

  /**
   * The aggregator's list from the database: a full first page and a next page, then a search by
   * name (allowed_dir) in the form, then one by info-hash prefix; rows link to the torrent.
   */
  private static void clusterList(WebDriver driver, String base, String hash, WebDriverWait wait)
      throws InterruptedException {
    By rows = By.cssSelector("#cluster-list tbody tr");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    driver.get(base + "/admin?sort=last_seen");
    while (driver.findElements(By.id("next-page")).isEmpty()) {
      assertThat(System.nanoTime())
          .as("a second page of torrents within 30 s")
          .isLessThan(deadline);
      Thread.sleep(500);
      driver.get(base + "/admin?sort=last_seen");
    }
    assertThat(driver.findElements(rows)).hasSize(50);
    driver.findElement(By.id("next-page")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prev-page")));
    assertThat(driver.getCurrentUrl()).contains("page=2");
    assertThat(driver.findElements(rows)).isNotEmpty();

    WebElement q = driver.findElement(By.cssSelector("#cluster-search input[name=q]"));
    q.clear();
    q.sendKeys("filler-07");
    driver.findElement(By.cssSelector("#cluster-search button")).click();
    wait.until(d -> d.getCurrentUrl().contains("q=filler-07"));
    assertThat(driver.findElements(By.cssSelector("#cluster-list td.name")))
        .extracting(WebElement::getText)
        .containsExactly("filler-07");

    q = driver.findElement(By.cssSelector("#cluster-search input[name=q]"));
    q.clear();
    q.sendKeys(hash.substring(0, 8));
    driver.findElement(By.cssSelector("#cluster-search button")).click();
    wait.until(d -> d.getCurrentUrl().contains("q=" + hash.substring(0, 8)));
    assertThat(driver.findElements(rows)).hasSize(1);
    driver.findElement(By.cssSelector("#cluster-list a.hash")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/torrent?info_hash=" + hash));
  }

  private static void check(WebDriver driver, String base, String hash, String hostileName)
      throws InterruptedException {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(base + "/admin");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    assertThat(driver.getCurrentUrl()).contains("/login");
    driver.findElement(By.id("username")).sendKeys(AdminLogin.USER);
    driver.findElement(By.id("password")).sendKeys(AdminLogin.PASSWORD);
    driver.findElement(By.id("login-button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("torrents")));
    assertThat(driver.getCurrentUrl()).endsWith("/admin");

    // The list: the hostile name is the cell's text, nothing it names exists as an element.
    List<WebElement> names = driver.findElements(By.cssSelector("#torrents td.name"));
    assertThat(names).extracting(WebElement::getText).contains(hostileName);
    assertThat(driver.findElements(By.cssSelector("[onerror], [onload], main img"))).isEmpty();
    assertNoAlert(driver);

    clusterList(driver, base, hash, wait);
    driver.get(base + "/admin");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("torrents")));

    // The announces chart: uPlot drew a canvas from the API's figures.
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#announces-chart canvas")));
    assertThat(driver.findElement(By.id("announces-chart")).getAttribute("data-rendered"))
        .isNotEmpty();
    // The aggregated column was filled from /api/torrents: three distinct peers.
    wait.until(
        d ->
            d.findElement(By.cssSelector("td.cluster-peers[data-info-hash='" + hash + "']"))
                .getText()
                .equals("3"));

    // The torrent page: swarm chart and today's distinct peers across the cluster.
    driver.findElement(By.cssSelector("a.hash[href$='" + hash + "']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swarm-chart canvas")));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#daily-peers tbody[data-loaded]")));
    assertThat(driver.findElement(By.id("torrent-name")).getText()).isEqualTo(hostileName);
    List<WebElement> cells =
        driver.findElements(By.cssSelector("#daily-peers tbody tr:last-child td"));
    assertThat(cells).hasSizeGreaterThanOrEqualTo(2);
    assertThat(cells.get(0).getText())
        .as("today, the last row")
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(cells.get(1).getText()).as("distinct peers today").isEqualTo("3");
    assertNoAlert(driver);

    // Nothing was refused by the Content-Security-Policy and no script failed.
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .filter(e -> !e.getMessage().contains("favicon.ico"))
            .toList();
    assertThat(severe).as("browser console errors").isEmpty();
  }

  private static void assertNoAlert(WebDriver driver) {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }
}
