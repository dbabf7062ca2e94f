package org.casualtyclaims.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.FieldText;

/**
 * Conflict reporting at a given density of claims, for the conflict and newsroom mixes of {@code
 * bench index}. An article takes a sample ({@code sample-docs}) as its lead: its headline and
 * first paragraph. Then, until the body reaches its length, it takes either a paragraph that
 * reports figures (the lead's own, then other samples') or a background paragraph ({@link
 * ConflictBackground}), whichever keeps its claims on course for its own density: the mix's
 * density times a factor between 0.4 and 1.6, as real articles spread around their mean. The
 * claims of each sample paragraph are counted by the engine once, alone; in an article they can
 * merge or take other sources, so the generator calibrates its target on a first batch to what
 * the engine finds in whole articles. A share of the articles, as in the annotated set, reports
 * no figure at all: background paragraphs under a background headline. Deterministic from the
 * seed.
 */
final class ConflictArticles {
  private static final int CALIBRATION_ARTICLES = 300;

  /** A sample paragraph and the claims the engine finds in it alone. */
  private record Scored(String text, int claims) {}

  private record ScoredSample(
      BenchArticles.Sample sample, int titleClaims, List<Scored> paragraphs) {}

  private final List<ScoredSample> samples;
  private final List<Scored> reporting;
  private final ClaimExtractor engine;

  ConflictArticles(List<BenchArticles.Sample> samples, ClaimExtractor engine) {
    this.engine = engine;
    List<ScoredSample> scored = new ArrayList<>();
    List<Scored> withClaims = new ArrayList<>();
    for (BenchArticles.Sample s : samples) {
      List<Scored> paragraphs = new ArrayList<>();
      for (String p : s.paragraphs()) {
        Scored sp = new Scored(p, claims(List.of(new FieldText("body", p))));
        paragraphs.add(sp);
        if (sp.claims() > 0) {
          withClaims.add(sp);
        }
      }
      int titleClaims = claims(List.of(new FieldText("title", s.title(), true)));
      scored.add(new ScoredSample(s, titleClaims, paragraphs));
    }
    if (withClaims.isEmpty()) {
      throw new IllegalArgumentException(
          "no sample paragraph reports a casualty figure: the conflict mix needs some");
    }
    this.samples = scored;
    this.reporting = withClaims;
  }

  /**
   * A generator of articles at {@code claimsPerKb} as the engine counts them: the target is
   * corrected once by what the engine finds in a first batch of whole articles.
   */
  Generator generator(double claimsPerKb, double shareWithout, long seed) {
    Generator trial = new Generator(claimsPerKb, shareWithout, new Random(seed ^ 0x5eedL));
    long claims = 0;
    long bytes = 0;
    for (int i = 0; i < CALIBRATION_ARTICLES; i++) {
      BenchArticles.Article a =
          trial.article("calibration-" + i, BenchArticles.MIN_BODY_BYTES, Instant.EPOCH);
      claims += claims(a.fieldTexts());
      bytes += a.utf8Bytes();
    }
    double measured = claims * 1000.0 / bytes;
    double corrected = measured > 0 ? claimsPerKb * claimsPerKb / measured : claimsPerKb;
    return new Generator(corrected, shareWithout, new Random(seed));
  }

  private int claims(List<FieldText> fields) {
    return engine.extract(fields).claims().size();
  }

  /** Writes articles, one after another, from one seeded generator. */
  final class Generator {
    private final double claimsPerKb;
    private final double shareWithout;
    private final Random random;
    private final ConflictBackground background;

    private Generator(double claimsPerKb, double shareWithout, Random random) {
      this.claimsPerKb = claimsPerKb;
      this.shareWithout = shareWithout;
      this.random = random;
      this.background = new ConflictBackground(random);
    }

    /** One article with a body of at least {@code bodyBytes}, dated from its lead sample. */
    BenchArticles.Article article(String id, int bodyBytes, Instant fallbackDate) {
      if (shareWithout > 0 && random.nextDouble() < shareWithout) {
        return withoutFigures(id, bodyBytes, fallbackDate);
      }
      ScoredSample lead = samples.get(random.nextInt(samples.size()));
      int shift = random.nextInt(7);
      double factor = 0.4 + 1.2 * random.nextDouble();
      double titleBytes = BenchCorpus.utf8Length(lead.sample().title());
      double budget = claimsPerKb * factor * (bodyBytes + titleBytes) / 1000.0;

      Scored first = lead.paragraphs().get(0);
      int claims = lead.titleClaims() + first.claims();
      int bytes = BenchCorpus.utf8Length(first.text());
      List<Scored> own = new ArrayList<>(lead.paragraphs().subList(1, lead.paragraphs().size()));
      List<String> rest = new ArrayList<>();
      while (bytes < bodyBytes) {
        // keep pace: the claims so far against the share of the body written so far
        boolean report = claims < budget * bytes / bodyBytes || claims == 0;
        String p;
        if (report) {
          Scored next = nextReporting(own);
          p = next.text();
          claims += next.claims();
        } else {
          p = background.paragraph();
        }
        rest.add(p);
        bytes += 2 + BenchCorpus.utf8Length(p);
      }
      String body = BenchArticles.shuffledBody(first.text(), rest, random, bytes);
      BenchArticles.Sample s = lead.sample();
      Instant published = s.published() != null ? s.published() : fallbackDate;
      return new BenchArticles.Article(
          id,
          BenchCorpus.shiftNumbers(s.title(), shift),
          BenchCorpus.shiftNumbers(body, shift),
          Date.from(published.plusSeconds(60L * random.nextInt(60 * 24 * 30))),
          s.outlet(),
          String.format(Locale.ROOT, "%s#%s", s.url(), id));
    }

    /** An article of background paragraphs alone, under a background headline. */
    private BenchArticles.Article withoutFigures(String id, int bodyBytes, Instant date) {
      StringBuilder body = new StringBuilder(bodyBytes + 512);
      while (BenchCorpus.utf8Length(body.toString()) < bodyBytes) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(background.paragraph());
      }
      return new BenchArticles.Article(id, background.headline(), body.toString(),
          Date.from(date), "Example Wire", "https://example.org/conflict/" + id);
    }

    /** The lead's next paragraph that reports figures, else one of another sample's. */
    private Scored nextReporting(List<Scored> own) {
      while (!own.isEmpty()) {
        Scored p = own.remove(0);
        if (p.claims() > 0) {
          return p;
        }
      }
      return reporting.get(random.nextInt(reporting.size()));
    }
  }
}
