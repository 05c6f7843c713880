package org.geokg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.export.SampleStore;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): runs a saved query, opens the graph, clicks the USA–South Korea
 * alliance edge and reads its evidence sentence. Skipped where the browser is not installed.
 */
class PageBrowserTest {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  static final String ALLIANCE_EDGE = "https://w3id.org/geokg/id/state/KOR|https://w3id.org/geokg/id/state/USA|alliedWith";

  @TempDir static Path dir;
  static GeoStore store;
  static GeoServer server;
  static WebDriver driver;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver"
            + " (Debian: apt-get install chromium chromium-driver)");
    Assumptions.assumeTrue(
        GeoServer.class.getClassLoader().getResource(WebResourceServlet.FOLDER + "/index.html") != null,
        "browser test skipped: the page was not built (mvn without -DskipWeb builds web/)");
    store = SampleStore.create(dir.resolve("store"));
    server = GeoServer.start(TDB2Factory.connectDataset(store.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, false, 10, 10_000));

    ChromeOptions options = new ChromeOptions();
    // An explicit binary and driver: Selenium Manager is never asked to download either.
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void savedQueryGraphEdgeAndEvidence() throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.get(server.url());

    // 1. A saved query, ready in the editor, runs and shows rows.
    wait.until(d -> d.findElements(By.cssSelector("#saved option")).size() > 1);
    new Select(driver.findElement(By.id("saved"))).selectByValue("allies-of-state");
    assertThat(driver.findElement(By.id("editor")).getAttribute("value")).contains("gk:alliedWith");
    driver.findElement(By.id("run")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result-table tbody tr")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#result-table tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(driver.findElement(By.id("result-table")).getText()).contains("state:KOR").contains("South Korea");

    // 2. The graph view: the USA–South Korea alliance edge, clicked where Cytoscape drew it.
    driver.findElement(By.id("tab-graph")).click();
    wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.geokgGraphReady === true")));
    @SuppressWarnings("unchecked")
    List<Number> point = (List<Number>) js.executeScript(
        "const e = window.cy.getElementById(arguments[0]);"
            + "if (e.empty()) return null;"
            + "const p = e.renderedMidpoint(); const r = window.cy.container().getBoundingClientRect();"
            + "return [p.x + r.left, p.y + r.top];", ALLIANCE_EDGE);
    assertThat(point).as("the alliance edge is drawn").isNotNull();
    new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
    boolean clicked;
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), SampleStore.ALLIANCE_SENTENCE));
      clicked = true;
    } catch (org.openqa.selenium.TimeoutException e) {
      clicked = false;
    }
    assertThat(clicked).as("a click on the edge's midpoint shows its evidence").isTrue();
    String evidence = driver.findElement(By.id("evidence")).getText();
    assertThat(evidence).contains("United States").contains("South Korea").contains("alliedWith")
        .contains(SampleStore.ALLIANCE_SENTENCE).contains(SampleStore.DOCUMENT).contains("2022-01");

    // 3. The kind filter hides the alliance edge.
    driver.findElement(By.id("kind-alliance")).click();
    wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.geokgGraphReady === true")));
    assertThat((Boolean) js.executeScript("return window.cy.getElementById(arguments[0]).empty()", ALLIANCE_EDGE)).isTrue();
    driver.findElement(By.id("kind-alliance")).click();
    wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.geokgGraphReady === true")));

    // 4. Everything the page loaded came from our server: it works with the network cut off.
    @SuppressWarnings("unchecked")
    List<String> urls = (List<String>) js.executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
    String origin = server.url().replaceAll("/$", "");
    assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(origin + "/"));
    System.out.println("PAGE loaded " + urls.size() + " URLs, all from " + origin + ": " + urls);

    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = Paths.get("target", "geokg-page.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("PAGE screenshot: " + target.toAbsolutePath());
  }
}
