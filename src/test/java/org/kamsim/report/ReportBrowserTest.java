package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.output.Fixtures;
import org.kamsim.report.html.HtmlReportTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * {@code report.html} in a real headless browser, at a laptop's width and at a phone's (390 pixels):
 * Chromium and chromedriver from the Debian packages ({@code apt-get install chromium chromium-driver}),
 * named explicitly so that Selenium Manager never downloads a browser or a driver. Without them the test is
 * skipped, except under {@code CI=true}, where it fails: CI must never skip it silently.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /**
   * Selenium warns that it has no DevTools (CDP) support for this Chromium version; the test uses plain
   * WebDriver only. Held in a field: java.util.logging keeps loggers weakly.
   */
  static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  /** Smallest chart text a phone may show, in CSS pixels: 9 px is about the least that reads unzoomed. */
  static final double LEGIBLE = 9;

  @TempDir
  static Path dir;
  static Path shocked;
  static Path optimised;
  static ChromeDriverService service;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(tool)) {
        missing.add(tool.toString());
      }
    }
    String why = missing + " not installed (apt-get install chromium chromium-driver)";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(missing).as(why + "; under CI=true the browser check of the report must run").isEmpty();
    } else {
      if (!missing.isEmpty()) {
        // Said where the developer looks, not only in target/surefire-reports: a skipped check is easy to miss.
        System.err.println("WARNING: ReportBrowserTest skipped: " + why);
      }
      assumeTrue(missing.isEmpty(), why + "; browser check skipped outside CI");
    }
    shocked = Fixtures.write(dir.resolve("shocked"));
    optimised = Fixtures.writeOptimised(dir.resolve("optimised"));

    SELENIUM_LOG.setLevel(Level.SEVERE);
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void laptop_loadsWithoutErrors_everyChartDrawn_figuresEqualTheirFiles() throws Exception {
    for (Path run : List.of(shocked, optimised)) {
      open(run, 1400);
      int charts = Files.readString(run.resolve("charts/index.txt")).split("\n").length;
      assertThat(visibleCharts("chart-wide")).as(run.toString()).isEqualTo(charts);
      assertThat(visibleCharts("chart-narrow")).isZero();
      List<String> figures = checkFigures(run);
      assertThat(figures).contains("summary.json:revenue.mean", "summary.json:profit.mean",
          "summary.json:revenue_at_risk.var95", "summary.json:survival.probability_below");
      assertThat(overflow()).as("page wider than the window").isLessThanOrEqualTo(0);
    }
    assertThat(driver.getTitle()).isEqualTo("Key-account risk report: report-fixture");
    // The log pipeline works: an error the page makes now is seen, so the empty list above means something.
    ((JavascriptExecutor) driver).executeScript("console.error('probe')");
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .anyMatch(e -> e.getLevel().equals(Level.SEVERE) && e.getMessage().contains("probe"));
  }

  @Test
  void phone_noHorizontalOverflow_narrowChartsWithLegibleText_wrappedContents() throws Exception {
    for (Path run : List.of(shocked, optimised)) {
      open(run, 390);
      assertThat(((Number) js("return window.innerWidth")).intValue()).isLessThanOrEqualTo(400);
      assertThat(overflow()).as("page wider than the phone").isLessThanOrEqualTo(0);
      int charts = Files.readString(run.resolve("charts/index.txt")).split("\n").length;
      assertThat(visibleCharts("chart-narrow")).as(run.toString()).isEqualTo(charts);
      assertThat(visibleCharts("chart-wide")).isZero();
      double smallest = ((Number) js("""
          let smallest = 1e9;
          for (const svg of document.querySelectorAll('.chart-narrow svg')) {
            const box = svg.getBoundingClientRect();
            const scale = box.width / svg.viewBox.baseVal.width;
            for (const text of svg.querySelectorAll('text')) {
              if (text.textContent.trim() === '') continue;
              const size = parseFloat(getComputedStyle(text).fontSize) * scale;
              smallest = Math.min(smallest, size);
            }
          }
          return smallest;""")).doubleValue();
      assertThat(smallest).as("smallest chart text on a phone, px").isGreaterThanOrEqualTo(LEGIBLE).isLessThan(1e9);
      // The contents wrap rather than run off the screen; wide tables scroll inside their frame.
      assertThat(((Number) js("const n = document.querySelector('nav.toc'); return n.scrollWidth - n.clientWidth"))
          .intValue()).isLessThanOrEqualTo(0);
      assertThat(((Number) js("return document.querySelector('nav.toc').getBoundingClientRect().height"))
          .doubleValue()).as("contents on several lines").isGreaterThan(40);
      checkFigures(run);
    }
  }

  @Test
  void inBetweenWidths_chartTextStaysLegible() throws Exception {
    // A small laptop window or a tablet: the wide drawing shrinks with the page until the narrow one takes over.
    for (int width : new int[] {660, 760, 860, 1000}) {
      open(optimised, width);
      assertThat(overflow()).as("page wider than a %d-pixel window", width).isLessThanOrEqualTo(0);
      double smallest = ((Number) js("""
          let smallest = 1e9;
          for (const svg of document.querySelectorAll('.chart-narrow svg, .chart-wide svg')) {
            const box = svg.getBoundingClientRect();
            if (box.width === 0) continue;
            const scale = box.width / svg.viewBox.baseVal.width;
            for (const text of svg.querySelectorAll('text')) {
              if (text.textContent.trim() === '') continue;
              smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
            }
          }
          return smallest;""")).doubleValue();
      assertThat(smallest).as("smallest chart text at %d px, px", width).isGreaterThanOrEqualTo(LEGIBLE)
          .isLessThan(1e9);
    }
  }

  private static void open(Path run, int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    driver.get(run.resolve(Report.FILE).toUri().toString());
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).as("console errors").isEmpty();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** How far the page reaches past the window's right edge, in CSS pixels (0 or less: it fits). */
  private static int overflow() {
    return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).intValue();
  }

  /** Charts of {@code cls} that are shown, each with a non-zero size. */
  private static int visibleCharts(String cls) {
    int shown = 0;
    for (WebElement svg : driver.findElements(By.cssSelector("." + cls + " svg"))) {
      if (svg.isDisplayed()) {
        assertThat(svg.getSize().getWidth()).isPositive();
        assertThat(svg.getSize().getHeight()).isPositive();
        shown++;
      }
    }
    return shown;
  }

  /** Every figure shown equals its file's value; returns them as {@code file:path}. */
  private static List<String> checkFigures(Path run) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> seen = new ArrayList<>();
    for (WebElement figure : driver.findElements(By.cssSelector("[data-figure]"))) {
      String file = figure.getAttribute("data-file");
      String path = figure.getAttribute("data-figure");
      String value = figure.getAttribute("data-value");
      JsonNode expected = HtmlReportTestSupport.at(json.readTree(run.resolve(file).toFile()), path);
      if (expected.isNull()) {
        assertThat(value).as(path).isEmpty();
      } else if (expected.isBoolean()) {
        assertThat(value).as(path).isEqualTo(expected.toString());
      } else {
        assertThat(Double.parseDouble(value)).as(path).isEqualTo(expected.doubleValue());
      }
      assertThat(figure.isDisplayed()).as(path + " shown").isTrue();
      assertThat(figure.getText()).as(path + " text").isNotBlank();
      seen.add(file + ":" + path);
    }
    return seen;
  }
}
