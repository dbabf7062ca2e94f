package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The articles of {@code bench index --mix}: what each mix holds, as the engine reads it. */
class BenchMixTest {
  private static final Path ROOT = Checkout.root();
  private static final ClaimExtractor ENGINE =
      new ClaimExtractor(
          Lexicons.load(ResourceOpener.folder(ROOT.resolve("solr-config/conf"))),
          ExtractorSettings.defaults());
  private static final List<BenchArticles.Sample> SAMPLES =
      BenchArticles.samples(ROOT.resolve("sample-docs"));

  private static List<ExtractionResult> extract(List<BenchArticles.Article> articles) {
    List<ExtractionResult> results = new ArrayList<>();
    for (BenchArticles.Article a : articles) {
      results.add(ENGINE.extract(a.fieldTexts()));
    }
    return results;
  }

  /** General news links to its topic's page; conflict articles to their lead sample's. */
  private static boolean isGeneral(BenchArticles.Article a) {
    return a.url().matches(
        "https://example\\.org/(politics|business|sport|culture|weather)/bench-\\d+");
  }

  @Test
  void conflictArticlesHaveTheGoldDensityEachWithAClaim() {
    List<BenchArticles.Article> articles =
        BenchMix.CONFLICT.articles(SAMPLES, 240, 11, ENGINE, GoldDensity.DEV2);
    BenchMix.Density d = BenchMix.Density.of(articles, extract(articles));
    double target = GoldDensity.DEV2.claimsPerKb();
    assertTrue(Math.abs(d.claimsPerKb() - target) < 0.15 * target,
        "claims per KB " + d.claimsPerKb() + " against " + target);
    assertEquals(0, d.withoutClaims(), "dev2.jsonl has no article without a claim");
    for (BenchArticles.Article a : articles) {
      int body = BenchCorpus.utf8Length(a.body());
      assertTrue(body >= BenchArticles.MIN_BODY_BYTES && body < BenchArticles.MAX_BODY_BYTES + 800,
          a.id() + ": " + body);
    }
    assertTrue(articles.stream().map(BenchArticles.Article::body).distinct().count() > 235);
  }

  @Test
  void aLowerTargetGivesFewerClaims() {
    GoldDensity sparse = new GoldDensity("sparse", 10, 10, 10_000, 0); // 1 claim per KB
    List<BenchArticles.Article> articles =
        BenchMix.CONFLICT.articles(SAMPLES, 200, 5, ENGINE, sparse);
    double found = BenchMix.Density.of(articles, extract(articles)).claimsPerKb();
    assertTrue(found > 0.8 && found < 1.3, "claims per KB " + found);
  }

  @Test
  void aGoldSetWithArticlesWithoutClaimsGivesTheSameShare() {
    GoldDensity some = new GoldDensity("some", 40, 80, 40_000, 10); // 2 per KB, a quarter none
    List<BenchArticles.Article> articles =
        BenchMix.CONFLICT.articles(SAMPLES, 240, 8, ENGINE, some);
    BenchMix.Density d = BenchMix.Density.of(articles, extract(articles));
    assertTrue(d.shareWithout() > 0.17 && d.shareWithout() < 0.33, "share " + d.shareWithout());
    assertTrue(Math.abs(d.claimsPerKb() - 2.0) < 0.3, "claims per KB " + d.claimsPerKb());
  }

  @Test
  void newsroomHasOneConflictArticleInEightAndGeneralNewsWithoutClaims() {
    List<BenchArticles.Article> articles =
        BenchMix.NEWSROOM.articles(SAMPLES, 160, 3, ENGINE, GoldDensity.DEV2);
    List<ExtractionResult> results = extract(articles);
    for (int block = 0; block < 160; block += BenchMix.NEWSROOM_BLOCK) {
      int conflict = 0;
      for (int i = block; i < block + BenchMix.NEWSROOM_BLOCK; i++) {
        boolean general = isGeneral(articles.get(i));
        conflict += general ? 0 : 1;
        if (general) {
          assertEquals(List.of(), results.get(i).claims(),
              "general news reports no casualties: " + articles.get(i).body());
        } else {
          assertTrue(!results.get(i).claims().isEmpty(), articles.get(i).id());
        }
      }
      assertEquals(1, conflict, "articles " + block + " to " + (block + 7));
    }
    Set<String> topics = articles.stream()
        .filter(BenchMixTest::isGeneral)
        .map(a -> a.url().split("/")[3])
        .collect(Collectors.toSet());
    assertEquals(Set.of("politics", "business", "sport", "culture", "weather"), topics);
    BenchMix.Density d = BenchMix.Density.of(articles, results);
    assertEquals(140, d.withoutClaims());
  }

  @Test
  void mixesAreDeterministicFromTheSeed() {
    for (BenchMix mix : BenchMix.values()) {
      List<BenchArticles.Article> a = mix.articles(SAMPLES, 40, 9, ENGINE, GoldDensity.DEV2);
      assertEquals(a, mix.articles(SAMPLES, 40, 9, ENGINE, GoldDensity.DEV2), mix.label);
      assertNotEquals(a, mix.articles(SAMPLES, 40, 10, ENGINE, GoldDensity.DEV2), mix.label);
    }
  }

  @Test
  void mixNamesAreCheckedAndConflictIsTheDefault() {
    assertEquals(BenchMix.NEWSROOM, BenchMix.parse("Newsroom"));
    assertEquals(BenchMix.CONFLICT, BenchMix.DEFAULT);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchMix.parse("sport"));
    assertTrue(e.getMessage().contains("--mix"), e.getMessage());
  }

  @Test
  void goldDensityCountsRequiredClaimsPerKbOfText(@TempDir Path dir) throws Exception {
    String first = "{\"id\": \"a\", \"text\": \"" + "x".repeat(1_000) + "\", \"claims\": ["
        + "{\"category\": \"killed\", \"count\": 4, \"optional\": false},"
        + "{\"category\": \"injured\", \"count\": null, \"optional\": true},"
        + "{\"category\": \"injured\", \"count\": 9}]}";
    String second = "{\"id\": \"b\", \"title\": \"Quiet day\", \"body\": \"" + "y".repeat(989)
        + "\", \"claims\": [{\"category\": \"killed\", \"count\": 1, \"optional\": true}]}";
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, first + "\n\n" + second + "\n", StandardCharsets.UTF_8);
    GoldDensity g = GoldDensity.measure(file);
    assertEquals(2, g.articles());
    assertEquals(2, g.claims(), "optional claims do not count");
    assertEquals(2_000, g.bytes(), "text, or title and body with a paragraph break");
    assertEquals(1, g.withoutClaims());
    assertEquals(1.0, g.claimsPerKb(), 1e-9);
    assertTrue(g.describe().startsWith("gold.jsonl: 2 articles, 2 required gold claims"),
        g.describe());
    Files.writeString(file, "", StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> GoldDensity.measure(file));
  }
}
