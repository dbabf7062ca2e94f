package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

/** The pieces of the demo's output that need no Solr: figures, tables, the rule, URLs, the bar. */
class SummaryPartsTest {

  @Test
  void figuresReadAsAReaderWouldSayThem() {
    assertEquals("1,000", ClaimsSummary.figure(1000L, null, "exact", false));
    assertEquals("about 300", ClaimsSummary.figure(300L, null, "approximate", false));
    assertEquals("at least 790,000", ClaimsSummary.figure(790000L, null, "at_least", false));
    assertEquals("up to 20", ClaimsSummary.figure(20L, 20L, "at_most", false));
    assertEquals("5,000-6,500", ClaimsSummary.figure(5000L, 6500L, "range", false));
    assertEquals("about 12 (vague)", ClaimsSummary.figure(12L, null, "approximate", true));
    assertEquals("(vague)", ClaimsSummary.figure(null, null, "approximate", true));
  }

  @Test
  void claimsSortByTheNumberInTheirIds() {
    assertEquals(12, ClaimsSummary.claimNumber("news-001::claim-12"));
    assertTrue(ClaimsSummary.claimNumber("news-001::claim-2") < ClaimsSummary.claimNumber("news-001::claim-10"));
    assertEquals(Long.MAX_VALUE, ClaimsSummary.claimNumber("odd"));
  }

  @Test
  void tablesAlignTextLeftAndNumbersRight() {
    List<String> lines =
        new TextTable("source", ">claims").row("Police", 1234L).row("UK Ministry of Defence", 2).lines("  ");
    assertEquals(
        List.of(
            "  source                  claims",
            "  ----------------------  ------",
            "  Police                   1,234",
            "  UK Ministry of Defence       2"),
        lines);
    String longCell = "x".repeat(TextTable.MAX_CELL + 10);
    String row = new TextTable("a").row(longCell).lines("").get(2);
    assertEquals(TextTable.MAX_CELL, row.length());
    assertTrue(row.endsWith("..."));
  }

  @Test
  void urlsEncodeOnlyWhatTheyMust() {
    assertEquals("doc_type:article", ExampleUrls.encode("doc_type:article"));
    assertEquals("%5B10%20TO%20*%5D", ExampleUrls.encode("[10 TO *]"));
    assertEquals("%7B!parent%20which%3Ddoc_type:article%7D(%2Ba)", ExampleUrls.encode("{!parent which=doc_type:article}(+a)"));
    assertEquals("a%26b%23c%25%22", ExampleUrls.encode("a&b#c%\""));
    assertEquals("Kov%C3%A1%C4%8D", ExampleUrls.encode("Kováč"));
    String url = ExampleUrls.examples("news-001").get(1).url("http://localhost:8983/solr/news");
    assertTrue(url.startsWith("http://localhost:8983/solr/news/select?q=*:*&fq=doc_type:article"), url);
    assertTrue(url.contains("&facet.field=claims_sources&facet.field=claims_confidence_labels"), url);
  }

  @Test
  void theExplorersServletServesOnlyTheFilesOfItsFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path ui = java.nio.file.Files.createDirectories(dir.resolve("ui"));
    java.nio.file.Files.writeString(ui.resolve("index.html"), "<!doctype html>");
    java.nio.file.Files.writeString(ui.resolve("app.js"), "1");
    java.nio.file.Files.writeString(ui.resolve(".hidden"), "no");
    java.nio.file.Files.writeString(dir.resolve("secret.txt"), "no");
    StaticFilesServlet servlet = new StaticFilesServlet(ui);
    assertEquals(ui.resolve("index.html"), servlet.resolve("/"));
    assertEquals(ui.resolve("app.js"), servlet.resolve("/app.js"));
    assertNull(servlet.resolve("/../secret.txt"));
    assertNull(servlet.resolve("/.hidden"));
    assertNull(servlet.resolve("/missing.js"));
    assertNull(servlet.resolve("/sub/"), "a folder without index.html");
  }

  @Test
  void withoutATerminalTheProgressBarPrintsALineAQuarter() {
    Checkout.Capture out = new Checkout.Capture();
    ProgressBar bar = new ProgressBar(out.stream, "indexing", "documents", 48, false);
    bar.start();
    for (int i = 0; i < 48; i++) {
      bar.advance(1);
    }
    bar.finish();
    List<String> lines = out.text().lines().toList();
    assertEquals(5, lines.size(), out.text());
    assertEquals("indexing [------------------------------]  0/48 documents", lines.get(0));
    assertEquals("indexing [#######-----------------------] 12/48 documents", lines.get(1));
    assertEquals("indexing [##############################] 48/48 documents", lines.get(4));
    assertFalse(out.text().contains("\r"));
  }

  @Test
  void onATerminalTheProgressBarRedrawsOneLine() {
    Checkout.Capture out = new Checkout.Capture();
    ProgressBar bar = new ProgressBar(out.stream, "indexing", "documents", 3, true);
    bar.start();
    bar.advance(2);
    bar.advance(1);
    bar.finish();
    bar.finish();
    String text = out.text();
    assertEquals(1, text.chars().filter(c -> c == '\n').count(), "one line, ended once: " + text);
    assertTrue(text.startsWith("\rindexing [") && text.endsWith("3/3 documents\n"), text);
    assertEquals(4, text.chars().filter(c -> c == '\r').count());
  }
}
