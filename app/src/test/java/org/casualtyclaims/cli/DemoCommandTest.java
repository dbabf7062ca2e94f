package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/claims demo --exit --port 0}, in this JVM, from the checkout: Solr starts, the sample
 * articles are indexed through /update, and the summary lists the claims of the seed retelling
 * (sample-docs/001-north-korean-troops-kursk.json) with their sources.
 */
class DemoCommandTest {
  private static String previousHome;
  private static Path solrHome;
  private static int code;
  private static String out;
  private static String err;

  @BeforeAll
  static void runTheDemoOnce(@TempDir Path dir) {
    previousHome = System.setProperty("claims.home", Checkout.root().toString());
    solrHome = dir.resolve("demo-home");
    Checkout.Capture o = new Checkout.Capture();
    Checkout.Capture e = new Checkout.Capture();
    code =
        Main.run(
            new String[] {"demo", "--exit", "--port", "0", "--home", solrHome.toString()},
            o.stream,
            e.stream);
    out = o.text();
    err = e.text();
  }

  @AfterAll
  static void restore() {
    if (previousHome == null) {
      System.clearProperty("claims.home");
    } else {
      System.setProperty("claims.home", previousHome);
    }
  }

  private static String section(String from, String to) {
    int start = out.indexOf(from);
    assertTrue(start >= 0, "no '" + from + "' in\n" + out);
    int end = to == null ? out.length() : out.indexOf(to, start);
    assertTrue(end > start, "no '" + to + "' after '" + from + "' in\n" + out);
    return out.substring(start, end);
  }

  private static long sampleCount() throws IOException {
    try (Stream<Path> files = Files.list(Checkout.root().resolve("sample-docs"))) {
      return files.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void exitsZeroAfterIndexingEverySampleArticle() throws IOException {
    assertEquals(0, code, "stdout:\n" + out + "\nstderr:\n" + err);
    Matcher port = Pattern.compile("Solr port: (\\d+)").matcher(out);
    assertTrue(port.find(), out);
    assertTrue(Integer.parseInt(port.group(1)) > 0);
    long samples = sampleCount();
    assertTrue(out.contains("Indexed " + samples + " articles in "), out);
    assertTrue(err.contains(samples + "/" + samples + " documents"), "progress bar: " + err);
    assertTrue(out.contains(" of " + samples + " articles, from "), out);
  }

  @Test
  void theSummaryListsTheSeedRetellingsSources() {
    String article = section("One article in full: news-001", "Who says how many, per event");
    assertTrue(article.contains("North Korean soldiers killed"), article);
    for (String source : List.of("South Korea's spy agency", "UK Ministry of Defence", "Volodymyr Zelenskyy")) {
      assertTrue(article.contains(source), source + " missing from\n" + article);
    }
    // its figures, as a reader would say them
    assertTrue(article.contains("about 1,000") && article.contains("about 300"), article);
    assertTrue(article.contains("790,000") && article.contains("2,700"), article);
  }

  @Test
  void theTablesCountClaimsBySourceAndConfidenceLabel() {
    String bySource = section("Claims by source and confidence", "Claims by source type");
    assertTrue(bySource.lines().anyMatch(l -> l.matches("\\s*source\\s+type\\s+articles\\s+claims\\s+high\\s+medium\\s+low")), bySource);
    String byType = section("Claims by source type", "One article in full");
    Matcher total = Pattern.compile("Claims in the index: ([\\d,]+) claims").matcher(out);
    assertTrue(total.find(), out);
    long claims = Long.parseLong(total.group(1).replace(",", ""));
    // the rows of the source-type table add up to the total, and each row's labels to its claims
    long sum = 0;
    for (String line : byType.lines().skip(3).toList()) {
      String[] cells = line.trim().split("\\s+");
      if (cells.length != 5) {
        continue;
      }
      long rowClaims = Long.parseLong(cells[1].replace(",", ""));
      long labels = 0;
      for (int i = 2; i < 5; i++) {
        labels += Long.parseLong(cells[i].replace(",", ""));
      }
      assertEquals(rowClaims, labels, line);
      sum += rowClaims;
    }
    assertEquals(claims, sum, byType);
    assertTrue(claims > 0);
  }

  @Test
  void anEventToldBySeveralArticlesHasItsSourcesSideBySide() {
    String events = section("Who says how many, per event across articles", "The claims explorer");
    List<String> lines = events.lines().toList();
    Pattern headline = Pattern.compile("^  \\S.*: ([\\d,]+) articles?, ([\\d,]+) claims?; (.+)$");
    int several = 0;
    int listed = 0;
    for (int i = 1; i < lines.size(); i++) {
      Matcher m = headline.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      listed++;
      String sources = i + 1 < lines.size() ? lines.get(i + 1) : "";
      assertTrue(sources.startsWith("    "), "each event's sources follow it:\n" + events);
      int named = sources.split(" \\| ").length;
      // the verdict matches the sources listed: one source has nothing to disagree with
      assertEquals(named == 1, m.group(3).equals("one source"), lines.get(i) + "\n" + sources);
      if (Integer.parseInt(m.group(1).replace(",", "")) >= 2 && named >= 2) {
        several++;
      }
    }
    assertEquals(EventDisagreements.EVENT_LIMIT, listed, events);
    assertTrue(several >= 1, "no event with several articles and sources:\n" + events);
  }

  @Test
  void theExampleUrlsPointAtTheCoreOnThePortUsed() {
    Matcher port = Pattern.compile("Solr port: (\\d+)").matcher(out);
    assertTrue(port.find());
    String core = "http://localhost:" + port.group(1) + "/solr/news";
    String urls = section("Try it", "Solr's log");
    assertTrue(urls.contains(core + "/select?q="), urls);
    assertTrue(urls.contains("facet.field=claims_sources"), urls);
    assertTrue(urls.contains(core + "/claims/analyze?"), urls);
    assertTrue(urls.contains("claims.facet=true") && urls.contains("claims.compare=true"), urls);
    assertTrue(urls.contains("fq=%7B!claims%20"), urls);
    assertTrue(out.contains("The claims explorer") && out.contains("http://localhost:" + port.group(1) + "/solr/claims-ui/"), out);
  }

  @Test
  void solrLogsToTheFileNotTheConsole() throws IOException {
    assertFalse(err.contains("INFO"), "Solr's INFO lines reached the console:\n" + err);
    assertFalse(err.contains("security plugins"), err);
    Path log = solrHome.resolve("logs").resolve("solr.log");
    assertTrue(Files.isRegularFile(log), "no " + log);
    String text = Files.readString(log);
    assertTrue(text.contains("INFO") && text.contains("news"), "log:\n" + text.substring(0, Math.min(2000, text.length())));
    // --home keeps the index
    assertTrue(Files.isDirectory(solrHome.resolve("news").resolve("data").resolve("index")));
  }

  @Test
  void aPortInUseIsAOneLineErrorAndANonZeroExit() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Checkout.Capture o = new Checkout.Capture();
      Checkout.Capture e = new Checkout.Capture();
      DemoCommand.Started started =
          DemoCommand.start(
              List.of("--exit", "--port", Integer.toString(taken.getLocalPort())), o.stream, e.stream, false);
      assertNull(started.demo());
      assertEquals(1, started.code());
      String message = e.text().strip();
      assertEquals(1, message.lines().count(), message);
      assertTrue(message.startsWith("claims demo: port " + taken.getLocalPort() + " is already in use"), message);
      assertTrue(message.contains("--port"), message);
    }
  }

  @Test
  void aBindFailureDuringStartupGetsTheSameExplanation() {
    Exception wrapped = new IOException("Failed to bind", new BindException("Address already in use"));
    assertEquals(EmbeddedSolr.portInUse(8983), EmbeddedSolr.startFailure(new Exception(wrapped), 8983));
    String other = EmbeddedSolr.startFailure(new IllegalStateException("boom", new IOException("disk full")), 8983);
    assertEquals("Solr did not start: IOException: disk full", other);
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (List<String> args :
        List.of(List.of("--port", "abc"), List.of("--port", "70000"), List.of("--frobnicate"), List.of("extra"))) {
      Checkout.Capture o = new Checkout.Capture();
      Checkout.Capture e = new Checkout.Capture();
      DemoCommand.Started started = DemoCommand.start(args, o.stream, e.stream, false);
      assertNull(started.demo(), args.toString());
      assertEquals(2, started.code(), args + ": " + e.text());
      assertTrue(e.text().startsWith("claims demo: "), e.text());
    }
  }
}
