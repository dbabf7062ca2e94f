package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.ClaimExtractor;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  /** The project root: tests run in the app module's folder. */
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

  private record Run(int code, String out, String err) {}

  private static Run bench(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownSubCommandIsAUsageError() {
    Run r = bench("bench", "frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown sub-command 'frobnicate'"), r.err());
    assertTrue(r.err().contains("extract"), "the usage lists the sub-commands: " + r.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, bench("bench").code());
    assertEquals(2, bench("bench", "extract", "--iterations", "zero").code());
    assertEquals(2, bench("bench", "extract", "--iterations", "0").code());
    assertEquals(2, bench("bench", "extract", "--time", "-1").code());
    assertEquals(2, bench("bench", "extract", "--nope").code());
    Run missing = bench("bench", "extract", "--samples", ROOT.resolve("no-such-folder").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("not found"), missing.err());
    Run badMix = bench("bench", "extract", "--mix", "sports");
    assertEquals(2, badMix.code());
    assertTrue(badMix.err().contains("--mix must be conflict, newsroom or dense"), badMix.err());
  }

  @Test
  void mixCorpusHoldsTheIndexBenchArticlesUpToTheTarget() {
    ClaimExtractor engine = Engine.extractor(ROOT.resolve("solr-config/conf").toString(), System.err);
    Path samples = ROOT.resolve("sample-docs");
    BenchCorpus corpus = BenchCorpus.ofMix(BenchMix.NEWSROOM, samples, 40_000, engine);
    assertTrue(corpus.utf8Bytes() >= 40_000, "reaches the target: " + corpus.utf8Bytes());
    List<BenchArticles.Article> indexed = BenchMix.NEWSROOM.articles(
        BenchArticles.samples(samples), corpus.docs().size(), BenchCorpus.MIX_SEED, engine,
        GoldDensity.DEV2);
    for (int i = 0; i < corpus.docs().size(); i++) {
      assertEquals(indexed.get(i).title(), corpus.docs().get(i).title(), "article " + i);
      assertEquals(indexed.get(i).body(), corpus.docs().get(i).body(), "article " + i);
    }
    long lessLast = corpus.utf8Bytes() - BenchCorpus.utf8Length(corpus.docs().get(
        corpus.docs().size() - 1).title()) - BenchCorpus.utf8Length(corpus.docs().get(
        corpus.docs().size() - 1).body());
    assertTrue(lessLast < 40_000, "no article past the one that reaches the target");
  }

  @Test
  void resultLineUsesRootLocaleAndTwoDecimals() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY); // a decimal comma, were the line to follow the default
      ExtractBench.Result r = ExtractBench.toResult(4_000_000, 200.0, 40.0);
      assertEquals("RESULT extract_mb_s=20.00 tokenizer_mb_s=100.00 ratio=0.200", r.line());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(110.0, Stats.median(new double[] {130.0, 100.0, 110.0}));
    assertEquals(105.0, Stats.median(new double[] {130.0, 100.0, 110.0, 90.0}));
  }

  @Test
  void corpusGrowsToTheTargetWithVariedCopies() {
    List<BenchCorpus.Doc> samples =
        List.of(new BenchCorpus.Doc("12 killed", "First 12 people.\n\nSecond: 1,000 and 2024 and 7.6."));
    BenchCorpus corpus = BenchCorpus.grow(samples, 500);
    assertTrue(corpus.utf8Bytes() >= 500);
    assertTrue(corpus.docs().size() > 1);
    assertEquals(samples.get(0), corpus.docs().get(0), "the first copy is the article itself");
    BenchCorpus.Doc second = corpus.docs().get(1);
    assertEquals("13 killed", second.title());
    assertEquals("Second: 1,000 and 2024 and 7.6.\n\nFirst 13 people.", second.body(),
        "paragraphs rotate; small bare numbers shift; grouped, year-like and decimal numbers stay");
  }

  @Test
  void benchExtractRunsJmhAndEndsWithTheResultLine() {
    // JMH refuses to start while another JMH on the machine holds /tmp/jmh.lock; this test checks
    // the plumbing, not timings, so another benchmark running beside it must not fail it
    String savedLock = System.getProperty("jmh.ignoreLock");
    System.setProperty("jmh.ignoreLock", "true");
    Run r;
    try {
      r = bench("bench", "extract", "--forks", "0", "--warmup", "0", "--iterations", "1",
          "--time", "0.2", "--size-mb", "0.05",
          "--conf", ROOT.resolve("solr-config/conf").toString(),
          "--samples", ROOT.resolve("sample-docs").toString());
    } finally {
      if (savedLock == null) {
        System.clearProperty("jmh.ignoreLock");
      } else {
        System.setProperty("jmh.ignoreLock", savedLock);
      }
    }
    assertEquals(0, r.code(), r.err() + r.out());
    String[] lines = r.out().strip().split("\\R");
    assertTrue(r.out().contains("extract:   median "), "one measured iteration per side: " + r.out());
    assertTrue(r.out().contains("tokenizer: median "), r.out());
    String last = lines[lines.length - 1];
    assertTrue(last.matches("RESULT extract_mb_s=\\d+\\.\\d\\d tokenizer_mb_s=\\d+\\.\\d\\d ratio=\\d+\\.\\d{3}"),
        "last line: " + last);
  }
}
