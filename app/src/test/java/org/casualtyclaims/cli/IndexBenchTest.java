package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The indexing benchmark's plumbing on a few dozen articles: the runs happen, the corpus is what
 * it claims to be, and the last line has its format. Timings are not checked (a benchmark is no
 * test).
 */
class IndexBenchTest {
  private static final Path ROOT = Checkout.root();

  private static final Pattern RESULT =
      Pattern.compile(
          "RESULT with_docs_s=(\\d+\\.\\d\\d) without_docs_s=(\\d+\\.\\d\\d) ratio=(\\d+\\.\\d\\d)");

  private final Checkout.Capture out = new Checkout.Capture();
  private final Checkout.Capture err = new Checkout.Capture();

  private int run(String... args) throws Exception {
    return BenchCommand.run(List.of(args), out.stream, err.stream);
  }

  @Test
  void indexPrintsEveryModeAndTheResultLineLast() throws Exception {
    int code =
        run("index", "--docs", "40", "--rounds", "2", "--warmup", "10", "--batch", "15",
            "--conf", ROOT.resolve("solr-config/conf").toString(),
            "--samples", ROOT.resolve("sample-docs").toString());
    String text = out.text();
    assertEquals(0, code, err.text() + text);
    String[] lines = text.strip().split("\\R");
    String last = lines[lines.length - 1];
    Matcher m = RESULT.matcher(last);
    assertTrue(m.matches(), "last line: " + last);
    double with = Double.parseDouble(m.group(1));
    double without = Double.parseDouble(m.group(2));
    assertEquals(with / without, Double.parseDouble(m.group(3)), 0.006 + 0.01 * with / without,
        "the ratio is with / without: " + last);
    assertTrue(lines[0].startsWith("claims bench index: 40 articles"), lines[0]);
    // the default mix, the density it was written to and the density the engine found
    assertTrue(lines[1].startsWith("mix conflict: "), lines[1]);
    assertTrue(lines[2].contains("dev2.jsonl: 60 articles, 222 required gold claims"), lines[2]);
    assertTrue(lines[3].matches("density as the engine extracts it: \\d+ claims in [\\d.]+ KB,"
        + " [\\d.]+ claims per KB, 0\\.0% of the articles without a claim"), lines[3]);
    // three warm-up runs, then two rounds of the three modes, each run on its own core
    assertEquals(3, text.lines().filter(l -> l.startsWith("warm-up ")).count(), text);
    for (String mode : List.of("tagging", "prebuilt", "off")) {
      assertEquals(2, text.lines().filter(l -> l.matches("round \\d +" + mode + " .*")).count(),
          text);
    }
    // the second round runs the modes in the opposite order
    List<String> rounds = text.lines().filter(l -> l.startsWith("round ")).toList();
    assertTrue(rounds.get(0).contains("tagging") && rounds.get(3).contains(" off "), text);
    // tagging found claims in the casualty-heavy articles, and prebuilt indexed the same claims
    long tagged = claimsOf(rounds.get(0));
    assertTrue(tagged > 40, rounds.get(0));
    assertEquals(tagged, claimsOf(rounds.get(1)), rounds.get(1));
    assertTrue(rounds.get(1).contains("prebuilt"), rounds.get(1));
    assertFalse(rounds.get(2).contains("claims"), "switched off, no claims: " + rounds.get(2));
    assertTrue(text.contains("where the extra"), text);
  }

  private static long claimsOf(String line) {
    Matcher claims = Pattern.compile("(\\d+) claims").matcher(line);
    assertTrue(claims.find(), line);
    return Long.parseLong(claims.group(1));
  }

  @Test
  void articlesAreAbout3KbDeterministicAndCasualtyHeavy() {
    List<BenchArticles.Sample> samples = BenchArticles.samples(ROOT.resolve("sample-docs"));
    List<BenchArticles.Article> a = BenchArticles.generate(samples, 300, 7);
    List<BenchArticles.Article> b = BenchArticles.generate(samples, 300, 7);
    List<BenchArticles.Article> c = BenchArticles.generate(samples, 300, 8);
    assertEquals(a, b, "the same seed gives the same articles");
    assertNotEquals(a, c, "another seed gives other articles");
    long bytes = 0;
    for (BenchArticles.Article x : a) {
      int body = BenchCorpus.utf8Length(x.body());
      assertTrue(body >= BenchArticles.MIN_BODY_BYTES - 1, x.id() + ": " + body);
      bytes += x.utf8Bytes();
    }
    double average = (double) bytes / a.size();
    assertTrue(average > 2_700 && average < 3_600, "average " + average);
    assertEquals(300, a.stream().map(BenchArticles.Article::id).distinct().count());
    assertTrue(
        a.stream().map(BenchArticles.Article::body).distinct().count() > 290,
        "articles differ from one another");
  }

  @Test
  void resultLineUsesRootLocaleAndTwoDecimals() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals(
          "RESULT with_docs_s=850.00 without_docs_s=1000.00 ratio=0.85",
          new IndexBench.Result(850, 1000).line());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    assertEquals(2, run("index", "--docs", "many"));
    assertTrue(err.text().contains("--docs"));
    assertEquals(2, run("index", "--rounds", "0"));
    assertEquals(2, run("index", "--batch", "0"));
    assertEquals(2, run("index", "--seed", "x"));
    assertEquals(2, run("index", "--conf", "/nonexistent"));
    assertEquals(2, run("index", "--samples", ROOT.resolve("no-such-folder").toString()));
    assertEquals(2, run("index", "--frobnicate"));
    assertEquals(2, run("index", "--mix", "sport"));
    assertTrue(err.text().contains("--mix must be conflict, newsroom or dense"), err.text());
    assertEquals(2, run("index", "--gold", ROOT.resolve("no-such-file.jsonl").toString()));
  }
}
