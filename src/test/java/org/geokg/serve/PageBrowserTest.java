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
 * {@code .ci/run} installs), with real clicks: runs a saved query in YASGUI; opens the graph,
 * clicks the USA–South Korea alliance edge and reads its evidence sentence, focuses Ukraine with
 * the search box, filters by kind; opens the map, clicks the Geneva point and reads its two events'
 * sentences, and sees the hypothetical Brussels event only once "factual only" is off. Skipped where
 * the browser is not installed. Screenshots go to target/geokg-*.png.
 */
class PageBrowserTest {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  static final String STATE = "https://w3id.org/geokg/id/state/";
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
    store = SampleStore.create(dir.resolve("store"), SampleStore.located());
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
  void savedQueryGraphSearchAndMap() throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.get(server.url());

    // 1. A saved query, picked from the list, is in YASGUI's editor with its prefixes; its run button shows rows.
    wait.until(d -> d.findElements(By.cssSelector("#saved option")).size() > 1);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
    new Select(driver.findElement(By.id("saved"))).selectByValue("allies-of-state");
    String text = (String) js.executeScript("return window.geokg.yasgui.getTab().getYasqe().getValue()");
    assertThat(text).contains("gk:alliedWith").containsPattern("PREFIX gk: +<https://w3id.org/geokg/ontology#>");
    assertThat(driver.findElement(By.cssSelector("#yasgui .CodeMirror")).getText()).contains("gk:alliedWith");
    driver.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table.dataTable tbody tr td")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#yasgui .yasr table.dataTable tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#yasgui .yasr")).getText()).contains("South Korea");
    screenshot("geokg-query.png");

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

    // 3. The search box focuses Ukraine and its neighbours: Russia stays, South Korea fades.
    WebElement search = driver.findElement(By.id("actor-search"));
    search.sendKeys("Ukraine");
    search.sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("focus-status"), "Ukraine:"));
    assertThat((Boolean) js.executeScript("return window.cy.getElementById(arguments[0]).hasClass('focused')",
        STATE + "UKR")).isTrue();
    assertThat((Boolean) js.executeScript("return window.cy.getElementById(arguments[0]).hasClass('faded')",
        STATE + "RUS")).isFalse();
    assertThat((Boolean) js.executeScript("return window.cy.getElementById(arguments[0]).hasClass('faded')",
        STATE + "KOR")).isTrue();
    screenshot("geokg-graph-focus.png");
    driver.findElement(By.id("actor-clear")).click();
    assertThat((Long) js.executeScript("return window.cy.$('.faded').length")).isZero();

    // 4. The kind filter hides the alliance edge.
    driver.findElement(By.id("kind-alliance")).click();
    wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.geokgGraphReady === true")));
    assertThat((Boolean) js.executeScript("return window.cy.getElementById(arguments[0]).empty()", ALLIANCE_EDGE)).isTrue();
    driver.findElement(By.id("kind-alliance")).click();
    wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.geokgGraphReady === true")));
    screenshot("geokg-page.png");

    // 5. The map: a click on the Geneva point lists its two events with their sentences.
    driver.findElement(By.id("tab-map")).click();
    wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.geokgMapReady === true")));
    assertThat(driver.findElement(By.id("map-status")).getText()).contains("5 located events at 4 places");
    WebElement geneva = driver.findElement(By.cssSelector("#map-points circle[data-label='Geneva']"));
    new Actions(driver).moveToElement(geneva).click().perform();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-evidence"), "Blinken met Lavrov in Geneva"));
    String events = driver.findElement(By.id("map-evidence")).getText();
    assertThat(events).contains("Geneva (Switzerland): 2 events")
        .contains("Antony Blinken → Sergey Lavrov: Consult (cooperation), 2022-01-21, asserted, Meeting")
        .contains("In Geneva both sides agreed to keep talking next week.").contains("2022-01-21-geneva.txt");
    // A state without a finer place is drawn at its outline's centre.
    assertThat(driver.findElements(By.cssSelector("#map-points circle[data-label='Ukraine']"))).hasSize(1);
    screenshot("geokg-map.png");
    // The filters are the graph's: the hypothetical sanction in Brussels shows once "factual only" is off.
    assertThat(driver.findElements(By.cssSelector("#map-points circle[data-label='Brussels']"))).isEmpty();
    driver.findElement(By.id("factual")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-points circle[data-label='Brussels']")));
    driver.findElement(By.id("kind-cooperation")).click();
    assertThat(driver.findElements(By.cssSelector("#map-points circle[data-label='Geneva']"))).isEmpty();
    driver.findElement(By.id("kind-cooperation")).click();
    driver.findElement(By.id("factual")).click();

    // 6. Everything the page loaded came from our server: it works with the network cut off.
    @SuppressWarnings("unchecked")
    List<String> urls = (List<String>) js.executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
    String origin = server.url().replaceAll("/$", "");
    assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(origin + "/"));
    System.out.println("PAGE loaded " + urls.size() + " URLs, all from " + origin + ": " + urls);

  }

  /** Saves what the browser shows to target/NAME. */
  private static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = Paths.get("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("PAGE screenshot: " + target.toAbsolutePath());
  }
}
