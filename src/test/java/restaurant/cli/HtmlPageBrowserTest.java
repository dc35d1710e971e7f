package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The --html page in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs). Where they are missing the tests are skipped, saying so on the console.
 */
class HtmlPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static ChromeDriver browser;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startChromium() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      System.out.println("HtmlPageBrowserTest SKIPPED: no Chromium; install Debian's chromium and chromium-driver"
          + " (apt-get install -y chromium chromium-driver) to run the browser tests");
      Assumptions.abort("no /usr/bin/chromium and /usr/bin/chromedriver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,2400");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
        options);
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theLunchRushPageDrawsEveryChartFromItsReportAndAsksForNothing() throws IOException {
    Path html = dir.resolve("lunch.html");
    Path json = dir.resolve("lunch.json");
    CliRun run = CliRun.of("--config", "conf/examples/lunch-rush.conf", "--quiet", "--html", html.toString(),
        "--report", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(json.toFile());

    browser.get(html.toUri().toString());

    assertNoErrorAndNoRequest();
    assertDrawn("latency", "queues", "busy");
    assertEquals(String.format(Locale.ROOT, "%.3f s", report.get("latencySeconds").get("p95").asDouble()),
        browser.findElement(By.cssSelector("#h-p95 .value")).getText());
    assertEquals(String.format(Locale.ROOT, "%.3f s", report.get("makespanSeconds").asDouble()),
        browser.findElement(By.cssSelector("#h-makespan .value")).getText());
    assertEquals(1 + report.get("stations").size(), browser.findElements(By.cssSelector("#utilisation .bar")).size());
    assertEquals("900.000 s", browser.findElement(By.cssSelector("#h-warmup .value")).getText(),
        "the page says its statistics leave the warm-up's orders out");

    assertEquals(1, browser.findElements(By.xpath("//*[local-name()='text' and text()='grill cook 2']")).size(),
        "a row for the grill's second cook");
    WebElement bar = browser.findElement(By.cssSelector("#timeline rect[data-order='3']"));
    new Actions(browser).moveToElement(bar).perform();
    String hover = browser.findElement(By.id("timeline-hover")).getText();
    JsonNode order3 = report.get("orders").get(3);
    assertTrue(hover.startsWith("order 3: " + order3.get("products").get(0).asText()), hover);
    assertTrue(hover.contains(String.format(Locale.ROOT, "handed out %.3f s (11:", order3.get("takenSeconds")
        .asDouble())), "its times, and the time of day on the virtual clock: " + hover);
    // Virtual clock: the axes tell the simulated time of day from opens-at (11:30 in the example).
    assertEquals("11:30:00", browser.findElement(By.cssSelector("#timeline text.tick")).getText());

    Files.write(Path.of("target", "run-page.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void anOrderDoneOverIsColouredApartAndTheRealClocksAxesCountSeconds() throws IOException {
    Path html = dir.resolve("faults.html");
    Path json = dir.resolve("faults.json");
    CliRun run = CliRun.of("--generate", "200", "--waiters", "20", "--failure-rate", "0.2", "--seed", "3",
        "--time-scale", "0.001", "--quiet", "--html", html.toString(), "--report", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    int again = -1;
    int once = -1;
    for (JsonNode order : report.get("orders")) {
      boolean doneOver = order.get("reordered").asBoolean() || order.get("rehanded").asBoolean();
      if (order.get("outcome").asText().equals("dispatched")) {
        again = doneOver && again < 0 ? order.get("id").asInt() : again;
        once = !doneOver && once < 0 ? order.get("id").asInt() : once;
      }
    }
    assertTrue(again >= 0 && once >= 0, "a burnt product ordered again, and an order without one");

    browser.get(html.toUri().toString());

    assertNoErrorAndNoRequest();
    assertEquals("#e67e22", browser.findElement(By.cssSelector("#timeline rect[data-order='" + again + "']"))
        .getAttribute("fill"));
    assertEquals("#4a7ebb", browser.findElement(By.cssSelector("#timeline rect[data-order='" + once + "']"))
        .getAttribute("fill"));
    assertEquals("0", browser.findElement(By.cssSelector("#timeline text.tick")).getText(),
        "the real clock's axes count seconds from the opening");
  }

  /**
   * The 1M-order page: it lists no order, so it stays small, and its density view still shows the
   * whole run. Loaded within the page-load timeout, a coarse bound; the measured times are in
   * docs/benchmarks.md.
   */
  @Test
  void aMillionOrderPageStaysSmallAndShowsTheWholeRunAsADensity() throws IOException {
    Path html = dir.resolve("million.html");
    CliRun run = CliRun.of("--generate", "1000000", "--waiters", "10000", "--clock", "virtual", "--quiet",
        "--html", html.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.size(html) <= 5_000_000, Files.size(html) + " bytes");

    browser.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(60));
    browser.get(html.toUri().toString());

    assertNoErrorAndNoRequest();
    assertDrawn("latency", "queues", "busy");
    assertTrue(browser.findElement(By.id("timeline")).getText().startsWith("A run of more than 100,000 orders"),
        browser.findElement(By.id("timeline")).getText());
    assertEquals("1000000 (1000000 dispatched, 0 failed, 0 pending)",
        browser.findElement(By.cssSelector("#h-orders .value")).getText());
  }

  private static void assertNoErrorAndNoRequest() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).collect(Collectors.toList());
    assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).collect(Collectors.toList()));
    assertEquals(0L, ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').length"), "a request outside the file");
  }

  /** Each chart's canvas has a size and more than a thousand pixels drawn. */
  private static void assertDrawn(String... charts) {
    for (String chart : charts) {
      WebElement canvas = browser.findElement(By.cssSelector("#" + chart + " canvas"));
      assertTrue(canvas.getSize().getWidth() > 0 && canvas.getSize().getHeight() > 0, chart);
      Number inked = (Number) ((JavascriptExecutor) browser).executeScript("const c = arguments[0];"
          + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
          + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", canvas);
      assertTrue(inked.longValue() > 1000, chart + " has " + inked + " drawn pixels");
    }
  }

  @Test
  void theSweepPageRingsTheRecommendationTheCommandLinePrinted() throws IOException {
    Path html = dir.resolve("sweep.html");
    CliRun run = CliRun.of("sweep", "--config", "conf/examples/lunch-rush.conf", "--waiters", "4..8",
        "--replications", "3", "--target-p95", "10m", "--html", html.toString());
    assertEquals(0, run.exitCode(), run.err());
    String verdict = run.out().lines().filter(line -> line.startsWith("recommendation: ")).findFirst().orElseThrow();

    browser.get(html.toUri().toString());

    assertNoErrorAndNoRequest();
    assertEquals(verdict, browser.findElement(By.id("recommendation")).getText());
    String staff = verdict.substring("recommendation: ".length(), verdict.indexOf(" ("));
    assertTrue(browser.findElement(By.id("recommended")).getText().startsWith(staff),
        browser.findElement(By.id("recommended")).getText());
    assertDrawn("latency", "utilisation");
    assertEquals(2, browser.findElements(By.cssSelector("canvas")).size());

    Files.write(Path.of("target", "sweep-page.png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
