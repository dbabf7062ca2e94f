package org.casualtyclaims.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;

/**
 * The articles {@code bench index} indexes ({@code --mix}): conflict reporting at the density of
 * an annotated set of real news (the default), a newsroom's day with one article in eight of
 * that kind among general news, or the casualty-dense corpus of the samples alone.
 */
enum BenchMix {
  CONFLICT("conflict", "conflict reporting at the claim density of real news"),
  NEWSROOM("newsroom", "a newsroom's day: one article in eight reports conflict at that density,"
      + " the rest are politics, business, sport, culture and weather"),
  DENSE("dense", "the samples' own casualty-dense text, about 11 claims an article");

  static final BenchMix DEFAULT = CONFLICT;
  /** In the newsroom mix, one article of each run of this many is conflict reporting. */
  static final int NEWSROOM_BLOCK = 8;

  final String label;
  final String description;

  BenchMix(String label, String description) {
    this.label = label;
    this.description = description;
  }

  static BenchMix parse(String label) {
    for (BenchMix m : values()) {
      if (m.label.equals(label.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "--mix must be conflict, newsroom or dense, got '" + label + "'");
  }

  /**
   * {@code count} articles, ids {@code bench-000000} onwards, bodies of 2,600 to 3,400 UTF-8
   * bytes. The conflict articles match {@code gold}'s claims per KB as the engine counts them,
   * and its share of articles without a claim.
   */
  List<BenchArticles.Article> articles(
      List<BenchArticles.Sample> samples, int count, long seed, ClaimExtractor engine,
      GoldDensity gold) {
    if (this == DENSE) {
      return BenchArticles.generate(samples, count, seed);
    }
    ConflictArticles.Generator conflict =
        new ConflictArticles(samples, engine)
            .generator(gold.claimsPerKb(), gold.shareWithout(), seed);
    Random random = new Random(seed);
    GeneralNews general = new GeneralNews(new Random(seed + 1));
    Instant start = Instant.parse("2025-01-01T06:00:00Z");
    List<BenchArticles.Article> out = new ArrayList<>(count);
    int conflictSlot = random.nextInt(NEWSROOM_BLOCK);
    for (int n = 0; n < count; n++) {
      if (n % NEWSROOM_BLOCK == 0) {
        conflictSlot = random.nextInt(NEWSROOM_BLOCK);
      }
      String id = String.format(Locale.ROOT, "bench-%06d", n);
      int body = BenchArticles.MIN_BODY_BYTES
          + random.nextInt(BenchArticles.MAX_BODY_BYTES - BenchArticles.MIN_BODY_BYTES + 1);
      Instant published = start.plusSeconds(600L * n);
      boolean reportsConflict = this == CONFLICT || n % NEWSROOM_BLOCK == conflictSlot;
      out.add(reportsConflict
          ? conflict.article(id, body, published)
          : general.article(id, body, published));
    }
    return out;
  }

  /** Prints the mix, the density it was written to, and the density the engine finds in it. */
  void print(PrintStream out, GoldDensity gold, Density found) {
    out.printf(Locale.ROOT, "mix %s: %s%n", label, description);
    if (this != DENSE) {
      out.printf(Locale.ROOT, "conflict articles written to the density of %s%n",
          gold.describe());
    }
    out.printf(
        Locale.ROOT,
        "density as the engine extracts it: %d claims in %.1f KB, %.2f claims per KB,"
            + " %.1f%% of the articles without a claim%n",
        found.claims(), found.bytes() / 1000.0, found.claimsPerKb(), 100 * found.shareWithout());
  }

  /** A mix's density as the engine found it: claims per KB of title and body, share without. */
  record Density(int articles, long claims, long bytes, int withoutClaims) {
    static Density of(List<BenchArticles.Article> articles, List<ExtractionResult> results) {
      long claims = 0;
      long bytes = 0;
      int without = 0;
      for (int i = 0; i < articles.size(); i++) {
        int found = results.get(i).claims().size();
        claims += found;
        without += found == 0 ? 1 : 0;
        bytes += articles.get(i).utf8Bytes();
      }
      return new Density(articles.size(), claims, bytes, without);
    }

    double claimsPerKb() {
      return claims * 1000.0 / bytes;
    }

    double shareWithout() {
      return (double) withoutClaims / articles;
    }
  }
}
