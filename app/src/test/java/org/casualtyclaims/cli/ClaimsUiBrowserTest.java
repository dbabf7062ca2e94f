package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.Evidence;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.casualtyclaims.solr.ClaimDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The claims explorer in a real headless browser: Debian's {@code chromium} driven through its
 * {@code chromedriver} by Selenium, against the demo started in this JVM on a free port. It
 * searches, clicks a source facet and checks the result count against Solr's own count for the
 * same filter, checks that a highlighted claim shows its source and confidence (tooltip on hover,
 * and on keyboard focus), uses a facet with the keyboard alone, and shows the empty and error
 * states. The country and scope facets and the tooltip's place and date are checked on an article
 * indexed with claims anchored to an event (the preextracted chain), whatever the engine anchors
 * in the sample articles. A screenshot goes to {@code target/claims-ui.png}.
 *
 * <p>Tagged {@code browser}: the plain {@code mvn verify} leaves it out (a machine with only Java
 * and Maven has no browser); {@code -Pbrowser} runs it, and {@code .ci/run} installs chromium and
 * runs it. Without chromium it fails, naming what to install: it is never skipped. The paths can
 * be changed with {@code -Dclaims.chromium=...} and {@code -Dclaims.chromedriver=...}.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimsUiBrowserTest {
  private static final String CHROMIUM = System.getProperty("claims.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("claims.chromedriver", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String previousHome;
  private static DemoCommand.Demo demo;
  private static ChromeDriverService service;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void startTheDemoAndTheBrowser(@TempDir Path tmp) throws Exception {
    for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      assertTrue(
          Files.isExecutable(Path.of(binary)),
          binary + " not found: the browser test needs Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver, as .ci/run does), or"
              + " -Dclaims.chromium=... -Dclaims.chromedriver=... naming a Chromium and its driver");
    }
    previousHome = System.setProperty("claims.home", Checkout.root().toString());
    Checkout.Capture out = new Checkout.Capture();
    Checkout.Capture err = new Checkout.Capture();
    DemoCommand.Started started =
        DemoCommand.start(List.of("--port", "0", "--exit"), out.stream, err.stream, false);
    assertNotNull(started.demo(), "the demo did not start:\n" + out.text() + "\n" + err.text());
    demo = started.demo();
    assertTrue(out.text().contains(demo.uiUrl()), "the demo prints the explorer's URL:\n" + out.text());

    // no Selenium Manager (the driver is named), no tracing, nothing fetched from anywhere
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    System.setProperty("webdriver.remote.enableTracing", "false");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-GB",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .withLogFile(Files.createDirectories(Path.of("target")).resolve("chromedriver.log").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterAll
  static void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
      if (service != null) {
        service.stop();
      }
    } finally {
      if (demo != null) {
        demo.close();
      }
      if (previousHome == null) {
        System.clearProperty("claims.home");
      } else {
        System.setProperty("claims.home", previousHome);
      }
    }
  }

  // ---- Solr's own answers, over plain HTTP --------------------------------------------------------

  private static JsonNode solr(String... nameValues) throws Exception {
    StringBuilder url = new StringBuilder(demo.coreUrl()).append("/select?wt=json");
    for (int i = 0; i < nameValues.length; i += 2) {
      url.append('&').append(nameValues[i]).append('=')
          .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> rsp =
        HTTP.send(HttpRequest.newBuilder(URI.create(url.toString())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), url + "\n" + rsp.body());
    return MAPPER.readTree(rsp.body());
  }

  private static long numFound(String... nameValues) throws Exception {
    return solr(nameValues).path("response").path("numFound").asLong(-1);
  }

  /** The page's query, as Solr's plain parameters: edismax over title and body, articles only. */
  private static final String[] SEARCH = {
    "q", "meridia", "defType", "edismax", "qf", "title body", "q.op", "AND",
    "fq", "doc_type:article", "rows", "0"};

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  // ---- the page -----------------------------------------------------------------------------------

  private static WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  /** Waits for the page to finish its requests, and returns the number of articles it reports. */
  private static long settledCount() {
    wait.until(d -> "false".equals(d.findElement(By.tagName("body")).getAttribute("aria-busy")));
    String found = byId("status").getAttribute("data-found");
    String status = byId("status").getText();
    if (status.startsWith("No articles")) {
      return 0;
    }
    assertNotNull(found, status);
    return Long.parseLong(found);
  }

  private static void open(String query) {
    driver.get(demo.uiUrl() + query);
    wait.until(d -> "false".equals(d.findElement(By.tagName("body")).getAttribute("aria-busy")));
  }

  @Test
  @Order(1)
  void thePageOpensOnEveryArticleWithFacetsAndCharts() throws Exception {
    open("");
    assertEquals("Claims explorer", driver.getTitle());
    long all = numFound("q", "*:*", "fq", "doc_type:article", "rows", "0");
    assertEquals(all, settledCount());
    assertTrue(byId("status").getText().endsWith("of " + all + " articles"), byId("status").getText());
    assertFalse(driver.findElements(By.cssSelector("#facet-source button.facet-value")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("#charts figure.chart")).isEmpty());
    // the event facets render what Solr returns: values, or "none"
    for (String field : List.of("country", "scope")) {
      JsonNode buckets = solr("q", "*:*", "fq", "doc_type:article", "rows", "0",
          "claims.facet", "true", "claims.facet.field", field)
          .path("claims_facets").path("fields").path(field);
      List<WebElement> values =
          driver.findElements(By.cssSelector("#facet-" + field + " button.facet-value"));
      assertEquals(buckets.size(), values.size(), field);
      if (values.isEmpty()) {
        assertEquals("none", byId("facet-" + field).getText(), field);
      }
    }
    assertEquals(10, driver.findElements(By.cssSelector("#result-list > li.result")).size());
    assertTrue(byId("error").getAttribute("hidden") != null, "no error shown");
  }

  @Test
  @Order(2)
  void searchingThenClickingASourceFacetMatchesSolrsCount() throws Exception {
    open("");
    WebElement box = byId("q");
    box.sendKeys("meridia", Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("q=meridia"));
    long searched = settledCount();
    assertEquals(numFound(SEARCH), searched);
    assertTrue(searched > 1, "the search finds several articles: " + searched);

    WebElement source = driver.findElement(By.cssSelector("#facet-source button.facet-value"));
    String name = source.getAttribute("data-value");
    long facetDocuments = Long.parseLong(source.getAttribute("data-documents"));
    source.click();
    wait.until(d -> d.findElements(By.cssSelector("#facet-source button.facet-value[aria-pressed='true']")).size() == 1);
    long filtered = settledCount();
    // Solr's own count for the filter: articles with a claim from that source, by a plain block join
    long plain =
        numFound(with(SEARCH, "fq", "{!parent which=doc_type:article v=$claim}", "claim",
            "{!term f=claim_source v=$source}", "source", name));
    assertEquals(plain, filtered, name);
    assertEquals(facetDocuments, filtered, "the facet's count is the number of articles it selects");
    assertTrue(filtered < searched, filtered + " of " + searched);
    assertTrue(driver.getCurrentUrl().contains("source="), driver.getCurrentUrl());
    // the active filter is listed, and the chart marks the selected source
    assertTrue(byId("active").getText().contains("Source: " + name), byId("active").getText());
    for (WebElement row : driver.findElements(By.cssSelector("#result-list li.result"))) {
      String id = row.getAttribute("data-id");
      JsonNode doc = solr("q", "{!term f=id v=$id}", "id", id, "fl", "claims_sources").path("response").path("docs").get(0);
      List<String> sources = new ArrayList<>();
      doc.path("claims_sources").forEach(s -> sources.add(s.asText()));
      assertTrue(sources.contains(name), id + ": " + sources);
    }
  }

  @Test
  @Order(3)
  void aHighlightedClaimShowsItsSourceAndConfidence() throws Exception {
    open("?q=kursk");
    assertEquals(1, settledCount());
    JsonNode claims =
        MAPPER.readTree(
            solr("q", "id:news-001", "fl", "claims_json").path("response").path("docs").get(0).path("claims_json").asText());
    List<WebElement> marks = driver.findElements(By.cssSelector("#result-list mark.claim"));
    assertTrue(marks.size() >= claims.size() - 1, "marks: " + marks.size() + ", claims: " + claims.size());

    // each claim's evidence is highlighted at its offsets: the marked text is the evidence's text
    String title = solr("q", "id:news-001", "fl", "title").path("response").path("docs").get(0).path("title").asText();
    JsonNode first = claims.get(0);
    JsonNode evidence = first.path("evidence").get(0);
    assertEquals("title", evidence.path("field").asText());
    String expected = title.substring(evidence.path("start").asInt(), evidence.path("end").asInt());
    WebElement mark = driver.findElement(By.cssSelector("#result-list h3 mark.claim"));
    assertEquals(expected, mark.getText());

    // the accessible name carries the claim's category, source and confidence
    String label = mark.getAttribute("aria-label");
    assertTrue(label.contains(first.path("source").asText()), label);
    assertTrue(label.contains("confidence: " + first.path("confidence_label").asText()), label);
    assertTrue(label.contains(first.path("category").asText()), label);
    assertTrue(mark.getAttribute("class").contains("conf-" + first.path("confidence_label").asText()));

    // hovering shows the tooltip: category, figure, source, confidence and its reasons
    new Actions(driver).moveToElement(mark).perform();
    WebElement tip = byId("tip");
    wait.until(d -> tip.isDisplayed());
    assertEquals(first.path("source").asText(), tip.findElement(By.className("tip-source")).getText());
    assertTrue(tip.findElement(By.className("tip-confidence")).getText()
        .startsWith(first.path("confidence_label").asText()), tip.getText());
    for (JsonNode reason : first.path("confidence_reasons")) {
      assertTrue(tip.getText().contains(reason.asText()), tip.getText());
    }
    saveScreenshot(Path.of("target", "claims-ui-tooltip.png"));

    // the keyboard reaches the same: focus shows it, Enter pins it, Escape closes it
    new Actions(driver).moveToElement(byId("status")).perform();
    wait.until(d -> !tip.isDisplayed());
    WebElement body = driver.findElements(By.cssSelector("#result-list .result-body mark.claim")).get(0);
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", body);
    wait.until(d -> tip.isDisplayed());
    body.sendKeys(Keys.ENTER);
    wait.until(d -> "true".equals(body.getAttribute("aria-expanded")));
    String[] ids = body.getAttribute("data-claims").split(" ");
    JsonNode bodyClaim = claims.get(Integer.parseInt(ids[0].substring(ids[0].indexOf('#') + 1)));
    assertTrue(tip.getText().contains(bodyClaim.path("source").asText()), tip.getText());
    body.sendKeys(Keys.ESCAPE);
    wait.until(d -> !tip.isDisplayed());
  }

  @Test
  @Order(4)
  void facetValuesWorkWithTheKeyboardAlone() throws Exception {
    open("");
    // Tab order: the skip link first, then the search box, the filters, and on to the facets
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertEquals("skip", driver.switchTo().activeElement().getAttribute("class"));
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));
    int tabs = 0;
    while (!"source".equals(driver.switchTo().activeElement().getAttribute("data-field")) && tabs < 20) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
      tabs++;
    }
    assertEquals("source", driver.switchTo().activeElement().getAttribute("data-field"), "Tab reaches the source facet");
    WebElement killed = driver.findElement(By.cssSelector("#facet-category button[data-value='killed']"));
    long documents = Long.parseLong(killed.getAttribute("data-documents"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", killed);
    assertEquals(killed, driver.switchTo().activeElement());
    killed.sendKeys(Keys.SPACE);
    wait.until(d -> d.findElements(By.cssSelector("#facet-category button[aria-pressed='true']")).size() == 1);
    assertEquals(documents, settledCount());
    assertEquals(numFound("q", "*:*", "fq", "doc_type:article", "fq", "{!claims category=killed}", "rows", "0"), documents);
    assertEquals("killed", new org.openqa.selenium.support.ui.Select(byId("category")).getFirstSelectedOption().getAttribute("value"));

    // the confidence label "high" sets the minimum confidence to high's lower bound
    driver.findElement(By.cssSelector("#facet-confidence_label button[data-value='high']")).sendKeys(Keys.ENTER);
    wait.until(d -> "0.7".equals(new org.openqa.selenium.support.ui.Select(d.findElement(By.id("minConfidence"))).getFirstSelectedOption().getAttribute("value")));
    assertEquals(numFound("q", "*:*", "fq", "doc_type:article", "fq", "{!claims category=killed minConfidence=0.7}", "rows", "0"),
        settledCount());
  }

  @Test
  @Order(5)
  void theDateRangeFiltersOnPublished() throws Exception {
    open("?from=2025-01-01&to=2025-06-30&page=99");
    long filtered = settledCount();
    assertEquals(numFound("q", "*:*", "fq", "doc_type:article",
        "fq", "published:[2025-01-01T00:00:00Z TO 2025-07-01T00:00:00Z}", "rows", "0"), filtered);
    assertTrue(filtered > 0);
    assertEquals("2025-01-01", byId("from").getAttribute("value"));
    assertEquals("2025-06-30", byId("to").getAttribute("value"));
    assertTrue(byId("status").getText().startsWith("1\u2013"), "a page past the end goes back to the first: " + byId("status").getText());
    assertFalse(driver.findElements(By.cssSelector("#facet-category button.facet-value")).isEmpty(), "and shows the facets");
    for (WebElement time : driver.findElements(By.cssSelector("#result-list .result-meta time"))) {
      String published = time.getAttribute("datetime");
      assertTrue(published.compareTo("2025-01-01") >= 0 && published.compareTo("2025-07-01") < 0, published);
    }
  }

  @Test
  @Order(6)
  void noResultsAndErrorsAreSaidPlainly() throws Exception {
    open("?q=zyzzyvaqq");
    assertEquals(0, settledCount());
    assertTrue(byId("result-list").getText().contains("No articles match"), byId("result-list").getText());

    open("?core=no_such_core");
    WebElement error = byId("error");
    wait.until(d -> error.isDisplayed());
    assertTrue(error.getText().contains("HTTP 404"), error.getText());
    assertTrue(error.findElement(By.tagName("button")).getText().contains("Try again"));

    open("?solr=http://127.0.0.1:9/solr");
    wait.until(d -> byId("error").isDisplayed());
    assertTrue(byId("error").getText().contains("Cannot reach Solr"), byId("error").getText());
  }

  @Test
  @Order(7)
  void aScreenshotOfASearch() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 1500));
    open("?q=tolvany");
    assertTrue(settledCount() > 0);
    WebElement mark = driver.findElements(By.cssSelector("#result-list .result-body mark.claim")).get(0);
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    new Actions(driver).moveToElement(mark).perform();
    wait.until(d -> d.findElement(By.id("tip")).isDisplayed());
    Path png = saveScreenshot(Path.of("target", "claims-ui.png"));
    assertTrue(Files.size(png) > 10_000, png + ": " + Files.size(png) + " bytes");
  }

  /** The page's search for "quarrowby", as Solr's plain parameters, with more of them. */
  private static String[] quarrowby(String... more) {
    return with(new String[] {"q", "quarrowby", "defType", "edismax", "qf", "title body", "q.op", "AND",
        "fq", "doc_type:article", "rows", "0"}, more);
  }

  /** An article no sample shares a word with, its one claim anchored to an event. */
  private static final String EVENT_ID = "ui-event-1";
  private static final String EVENT_BODY = "Eleven workers died when the Quarrowby dam gave way.";

  @Test
  @Order(8)
  void countryAndScopeFacetsAndTheClaimsPlaceAndDate() throws Exception {
    indexPreextracted(eventArticle());
    open("?q=quarrowby");
    assertEquals(1, settledCount());

    // the tooltip says where and when
    WebElement mark = driver.findElement(By.cssSelector("#result-list .result-body mark.claim"));
    new Actions(driver).moveToElement(mark).perform();
    WebElement tip = byId("tip");
    wait.until(d -> tip.isDisplayed());
    assertEquals("Quarrowby dam (Quarrowby, Tarnshire, NZ)",
        tip.findElement(By.className("tip-place")).getText());
    assertEquals("14 Apr 2024", tip.findElement(By.className("tip-date")).getText());
    assertTrue(tip.getText().contains("(incident)"), tip.getText());
    assertTrue(mark.getAttribute("aria-label").contains("Quarrowby dam"), mark.getAttribute("aria-label"));
    new Actions(driver).moveToElement(byId("status")).perform();
    wait.until(d -> !tip.isDisplayed());

    // the country facet, with the keyboard: Solr's own count for the filter (within a search, so
    // that NZ is among the listed countries whatever the samples are placed in)
    open("?q=quarrowby");
    WebElement nz = driver.findElement(By.cssSelector("#facet-country button[data-value='NZ']"));
    long documents = Long.parseLong(nz.getAttribute("data-documents"));
    assertTrue(documents >= 1, "the article's country is listed: " + documents);
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", nz);
    nz.sendKeys(Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector("#facet-country button[aria-pressed='true']")).size() == 1);
    assertEquals(documents, settledCount());
    assertEquals(numFound(quarrowby("fq", "{!claims country=NZ}")), documents);
    assertTrue(driver.getCurrentUrl().contains("country=NZ"), driver.getCurrentUrl());
    assertTrue(byId("active").getText().contains("Country: NZ"), byId("active").getText());

    // then the scope facet narrows the same articles further
    WebElement incident = driver.findElement(By.cssSelector("#facet-scope button[data-value='incident']"));
    long incidents = Long.parseLong(incident.getAttribute("data-documents"));
    incident.sendKeys(Keys.SPACE);
    wait.until(d -> d.findElements(By.cssSelector("#facet-scope button[aria-pressed='true']")).size() == 1);
    assertEquals(incidents, settledCount());
    assertEquals(numFound(quarrowby("fq", "{!claims country=NZ scope=incident}")), incidents);

    // a bookmarked view in lower case selects the same
    open("?q=quarrowby&country=nz");
    assertEquals(documents, settledCount());
    assertEquals(1, driver.findElements(
        By.cssSelector("#facet-country button[data-value='NZ'][aria-pressed='true']")).size());
  }

  /** Solr's own count of the claims with a place, of the articles matching {@code articles}. */
  private static long locatedClaims(String articles) throws Exception {
    return numFound("q", "{!child of=doc_type:article v=$articles}", "articles", articles,
        "fq", "claim_location:[-90,-180 TO 90,180]", "rows", "0");
  }

  private static WebElement mapSvg() {
    return driver.findElement(By.cssSelector("#map svg.map-svg"));
  }

  @Test
  @Order(9)
  void theMapShowsWhereTheMatchingClaimsAre() throws Exception {
    indexPreextracted(eventArticle());
    open("?q=quarrowby");
    WebElement svg = mapSvg();
    wait.until(d -> Integer.parseInt(svg.getAttribute("data-countries")) > 150);
    // the one claim: Solr's heatmap counts it, and it is a circle coloured by its confidence
    assertEquals("1", svg.getAttribute("data-claims"));
    List<WebElement> circles = driver.findElements(By.cssSelector("#map circle.map-point"));
    assertEquals(1, circles.size());
    WebElement circle = circles.get(0);
    assertTrue(circle.getAttribute("class").contains("conf-medium"), circle.getAttribute("class"));
    String label = circle.getAttribute("aria-label");
    assertTrue(label.contains("killed: 11") && label.contains("Quarrowby") && label.contains("NZ"), label);
    assertEquals(1, driver.findElements(By.cssSelector("#map .map-cells rect")).size());
    assertTrue(byId("map-note").getText().startsWith("1 claim with a place"), byId("map-note").getText());
    // New Zealand is drawn from the world map, and the circle lies on it
    WebElement nz = driver.findElement(By.cssSelector("#map path[data-country='New Zealand']"));
    org.openqa.selenium.Rectangle land = nz.getRect();
    org.openqa.selenium.Rectangle dot = circle.getRect();
    int x = dot.getX() + dot.getWidth() / 2;
    int y = dot.getY() + dot.getHeight() / 2;
    assertTrue(x >= land.getX() && x <= land.getX() + land.getWidth()
        && y >= land.getY() && y <= land.getY() + land.getHeight(), land + " vs " + dot);

    // every article: the heatmap counts every claim with a place, as Solr's own block join does
    open("");
    long all = locatedClaims("doc_type:article");
    wait.until(d -> String.valueOf(all).equals(mapSvg().getAttribute("data-claims")));
    assertTrue(all >= 1);

    // the keyboard: + zooms in (Solr is asked again for the smaller view), 0 shows the world
    WebElement box = byId("map");
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", box);
    box.sendKeys("+");
    wait.until(d -> "2".equals(mapSvg().getAttribute("data-zoom")));
    box.sendKeys(Keys.ARROW_RIGHT);
    box.sendKeys("0");
    wait.until(d -> "1".equals(mapSvg().getAttribute("data-zoom")));
    wait.until(d -> String.valueOf(all).equals(mapSvg().getAttribute("data-claims")));
    // zoomed in far from any claim: the map says so
    for (int i = 0; i < 4; i++) {
      byId("map-in").click();
    }
    wait.until(d -> "16".equals(mapSvg().getAttribute("data-zoom")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", box);
    for (int i = 0; i < 8; i++) {
      box.sendKeys(Keys.ARROW_DOWN); // to the South Atlantic
    }
    wait.until(d -> d.findElement(By.id("map-note")).getText().startsWith("No matching claim has a place in this part"));
    byId("map-world").click();
    wait.until(d -> "1".equals(mapSvg().getAttribute("data-zoom")));

    Path png = saveScreenshot(driver.findElement(By.cssSelector("section.map")), Path.of("target", "claims-ui-map.png"));
    assertTrue(Files.size(png) > 10_000, png + ": " + Files.size(png) + " bytes");
  }

  /** The dam's failure told again by two outlets on the next two days, with sources named. */
  private static SolrInputDocument damReport(String id, String day, Claim... claims) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("doc_type", "article");
    doc.setField("title", "Quarrowby dam: the toll");
    doc.setField("body", DAM_REPORT);
    Date published = Date.from(Instant.parse(day + "T08:00:00Z"));
    doc.setField("published", published);
    ClaimDocuments.attach(doc, id, published, new ExtractionResult(List.of(claims), false, 80), SERIES);
    return doc;
  }

  /** The configset's event series, as the processor has them (victim groups, corrected figures). */
  private static final EventSeries SERIES =
      EventSeries.load(ResourceOpener.folder(Checkout.conf()), LexiconFiles.defaults());

  private static final String DAM_REPORT = "Police said 14 people died at the Quarrowby dam.";

  private static Claim damClaim(long count, String source, double confidence, List<String> reasons) {
    Evidence evidence = new Evidence("body", 11, 13, 0, DAM_REPORT.length(), DAM_REPORT);
    EventAnchor dam = new EventAnchor("Quarrowby dam", "Quarrowby", "Tarnshire", "NZ", -41.2,
        174.8, LocalDate.of(2024, 4, 14), null, Scope.INCIDENT);
    return new Claim(Category.KILLED, count, null, Qualifier.EXACT, false, null, source,
        SourceType.OFFICIAL, null, confidence,
        confidence >= 0.7 ? ConfidenceLabel.HIGH : ConfidenceLabel.LOW, reasons, List.of(evidence), 1, dam);
  }

  @Test
  @Order(10)
  void aChartPerEventAndItsTollOverTime() throws Exception {
    indexPreextracted(eventArticle());
    indexPreextracted(damReport("ui-event-2", "2024-04-16",
        damClaim(11, "police", 0.9, List.of()), damClaim(20, "regional council", 0.3, List.of("figure revised down"))));
    indexPreextracted(damReport("ui-event-3", "2024-04-17",
        damClaim(14, "police", 0.9, List.of()), damClaim(9, "regional council", 0.9, List.of())));
    open("?q=quarrowby");
    assertEquals(3, settledCount());

    // one chart: the event, as Solr's compare by event has it, with both sources side by side
    // (the first article's unattributed claim about "workers" is an event of its own, with no
    // source to chart)
    JsonNode events = solr(quarrowby("claims.compare", "true", "claims.compare.by", "event"))
        .path("claims_facets").path("compare").path("events");
    List<JsonNode> sourced = new ArrayList<>();
    events.forEach(e -> {
      if (e.path("sources").size() > 0) {
        sourced.add(e);
      }
    });
    assertEquals(1, sourced.size(), events.toString());
    JsonNode event = sourced.get(0);
    List<WebElement> charts = driver.findElements(By.cssSelector("#charts figure.chart"));
    assertEquals(1, charts.size());
    WebElement chart = charts.get(0);
    assertEquals(event.path("id").asText(), chart.getAttribute("data-event"));
    String caption = chart.findElement(By.tagName("figcaption")).getText();
    assertTrue(caption.contains("killed") && caption.contains("NZ") && caption.contains("2 articles"), caption);
    assertEquals(List.of("police", "regional council"),
        chart.findElements(By.cssSelector("li.chart-row")).stream().map(r -> r.getAttribute("data-source")).sorted().toList());
    assertEquals(event.path("disagreement").asBoolean(), "true".equals(chart.getAttribute("data-disagreement")));
    saveScreenshot(byId("charts"), Path.of("target", "claims-ui-events.png"));

    // the toll over time, with the keyboard: a line per source, the revised figure marked
    WebElement show = chart.findElement(By.cssSelector("button.timeline-button"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", show);
    show.sendKeys(Keys.ENTER);
    WebElement timeline = byId("timeline");
    wait.until(d -> timeline.isDisplayed() && "false".equals(timeline.getAttribute("aria-busy")));
    assertEquals(timeline, driver.switchTo().activeElement(), "the timeline takes the focus");
    JsonNode answer = solr(quarrowby("claims.timeline", event.path("id").asText()))
        .path("claims_facets").path("timeline");
    long points = 0;
    long corrected = 0;
    for (JsonNode source : answer.path("sources")) {
      for (JsonNode point : source.path("points")) {
        points++;
        corrected += point.path("corrected").asBoolean() ? 1 : 0;
      }
    }
    assertEquals(4, points, answer.toString());
    assertEquals(1, corrected, answer.toString());
    assertEquals(String.valueOf(points), timeline.getAttribute("data-points"));
    assertEquals(2, driver.findElements(By.cssSelector("#timeline-chart polyline")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#timeline-chart circle.timeline-point.corrected")).size());
    assertEquals(points, driver.findElements(By.cssSelector("#timeline-chart .timeline-table tbody tr")).size());
    Path png = saveScreenshot(timeline, Path.of("target", "claims-ui-timeline.png"));
    assertTrue(Files.size(png) > 10_000, png + ": " + Files.size(png) + " bytes");

    // Close gives the focus back to the chart's button
    byId("timeline-close").sendKeys(Keys.ENTER);
    wait.until(d -> !timeline.isDisplayed());
    assertEquals(event.path("id").asText(), driver.switchTo().activeElement().getAttribute("data-event"));
  }

  private static SolrInputDocument eventArticle() {
    int start = EVENT_BODY.indexOf("Eleven");
    Evidence evidence = new Evidence("body", start, start + "Eleven".length(), 0,
        EVENT_BODY.length(), EVENT_BODY);
    EventAnchor dam = new EventAnchor("Quarrowby dam", "Quarrowby", "Tarnshire", "NZ", -41.2,
        174.8, LocalDate.of(2024, 4, 14), null, Scope.INCIDENT);
    Claim claim = new Claim(Category.KILLED, 11, null, Qualifier.EXACT, false, "workers", null,
        SourceType.UNATTRIBUTED, null, 0.5, ConfidenceLabel.MEDIUM, List.of(), List.of(evidence),
        1, dam);
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", EVENT_ID);
    doc.setField("doc_type", "article");
    doc.setField("title", "Dam failure");
    doc.setField("body", EVENT_BODY);
    Date published = Date.from(Instant.parse("2024-04-15T06:00:00Z"));
    doc.setField("published", published);
    ClaimDocuments.attach(
        doc, EVENT_ID, published, new ExtractionResult(List.of(claim), false, 60), SERIES);
    return doc;
  }

  /** Posts a document, with its claims as nested documents, through the preextracted chain. */
  private static void indexPreextracted(SolrInputDocument doc) throws Exception {
    String json = MAPPER.writeValueAsString(List.of(asJson(doc)));
    HttpResponse<String> rsp = HTTP.send(
        HttpRequest.newBuilder(URI.create(demo.coreUrl() + "/update/preextracted?commit=true"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), rsp.body());
  }

  private static Map<String, Object> asJson(SolrInputDocument doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : doc.getFieldNames()) {
      List<Object> values = new ArrayList<>();
      for (Object value : doc.getFieldValues(name)) {
        values.add(value instanceof SolrInputDocument child ? asJson(child)
            : value instanceof Date date ? date.toInstant().toString() : value);
      }
      out.put(name, values.size() == 1 && !name.equals("claims") ? values.get(0) : values);
    }
    return out;
  }

  private static Path saveScreenshot(Path to) throws Exception {
    return save(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES), to);
  }

  /** A screenshot of one part of the page. */
  private static Path saveScreenshot(WebElement part, Path to) throws Exception {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", part);
    return save(part.getScreenshotAs(OutputType.BYTES), to);
  }

  private static Path save(byte[] png, Path to) throws Exception {
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.write(to, png);
    System.err.println(String.format(Locale.ROOT, "claims explorer screenshot: %s", to.toAbsolutePath()));
    return to;
  }
}
