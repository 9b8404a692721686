package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;
import org.tandem.core.scenario.Scenario;

/**
 * Opens real reports in headless Chromium (Debian's chromium and chromium-driver, never a
 * downloaded browser): no console errors, every chart drawn with a size, and full-page screenshots
 * under {@code target/} for a person to look at. Skipped when the browser is not installed.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "browser");

  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: the real-browser test needs Debian's chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver) at " + CHROMIUM + " and " + CHROMEDRIVER);
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory(OUT.toAbsolutePath(), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1366,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void simulationReportRendersEveryChartWithoutConsoleErrors() throws Exception {
    Scenario korea = Fixtures.korea();
    Report report = HtmlReport.simulation(korea, Fixtures.simulate(korea, "comprehensive", 300));
    openAndCheck(report, "simulation-report", report.charts().size());
  }

  @Test
  void comparisonReportRendersEveryChartWithoutConsoleErrors() throws Exception {
    Scenario hostile = Fixtures.hostile();
    Report report = HtmlReport.comparison(hostile, Fixtures.compare(hostile, List.of("engage", "engage-slowly"), 200));
    openAndCheck(report, "comparison-report", report.charts().size());
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("<script>alert(1)</script>");
  }

  /** Pages of a PDF: its page objects ("/Type /Page", not "/Pages"). */
  private static int pages(byte[] pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page(?![a-z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void openAndCheck(Report report, String name, int charts) throws Exception {
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    report.write(file);
    driver.get(file.toUri().toString());
    List<WebElement> figures = driver.findElements(By.cssSelector("figure.chart svg, .roadmap-wrap svg"));
    assertThat(figures).hasSize(charts + 1);
    for (WebElement svg : figures) {
      Dimension size = svg.getSize();
      assertThat(size.getWidth()).as("width of %s", svg.getAttribute("id")).isPositive();
      assertThat(size.getHeight()).as("height of %s", svg.getAttribute("id")).isPositive();
    }
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).isEmpty();
    // One screenshot per section, as a reader on a laptop screen sees it.
    for (WebElement section : driver.findElements(By.cssSelector("header, main > section"))) {
      String part = section.getTagName().equals("header") ? "header" : section.getAttribute("id");
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", section);
      Files.write(OUT.resolve(name + "-" + part + ".png"), section.getScreenshotAs(OutputType.BYTES));
    }
    // Printed: each section starts a page, nothing dark behind the text.
    int sections = driver.findElements(By.cssSelector("main > section")).size();
    byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
    Files.write(OUT.resolve(name + ".pdf"), pdf);
    int pages = pages(pdf);
    assertThat(pages).isGreaterThanOrEqualTo(sections);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    for (WebElement section : driver.findElements(By.cssSelector("main > section"))) {
      assertThat(section.getCssValue("break-before")).isEqualTo("page");
    }
    assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
    assertThat(driver.findElement(By.tagName("nav")).isDisplayed()).isFalse();
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    // And the whole page at once, as a tall window.
    long height = ((Number) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 100, 30000)));
    driver.executeScript("window.scrollTo(0, 0)");
    Files.write(OUT.resolve(name + "-full.png"), driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(new Dimension(1366, 900));
  }
}
