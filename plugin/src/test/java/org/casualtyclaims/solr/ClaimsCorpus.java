package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.EventAnchor;

/**
 * Synthetic articles with their claims, as the tests index them: parents (doc_type:article) with
 * nested child claims (doc_type:claim) under the pseudo-field {@code claims}, following
 * schema.xml. The same objects feed {@link ExpectedClaimsFacets}, which computes the expected
 * facets without Solr.
 */
final class ClaimsCorpus {

  record Claim(
      String id,
      String article,
      String category,
      long count,
      String source,
      String sourceType,
      float confidence,
      String label,
      boolean vague,
      long published,
      Event event) {}

  /** Where, when and what kind of event a claim counts; any component may be null. */
  record Event(
      String place,
      String placeName,
      String region,
      String country,
      Double lat,
      Double lon,
      LocalDate date,
      LocalDate dateEnd,
      String scope) {

    static final Event NONE = new Event(null, null, null, null, null, null, null, null, null);

    /** The engine's anchor, as the processor indexes it. */
    static Event of(EventAnchor a) {
      return new Event(a.place(), a.placeName(), a.region(), a.country(), a.lat(), a.lon(),
          a.date(), a.dateEnd(), a.scope() == null ? null : a.scope().label());
    }

    Event on(LocalDate day, LocalDate end, String kind) {
      return new Event(place, placeName, region, country, lat, lon, day, end, kind);
    }
  }

  /**
   * The places of the random claims. No two lie close to one of {@link #RADII_KM} apart, so that
   * no distance test depends on rounding; Suva and Apia lie either side of the antimeridian.
   * The last has a country but no canonical place or coordinates, as for "the north".
   */
  static final Event[] PLACES = {
    new Event("Kursk region", "Kursk Oblast", "Kursk Oblast", "RU", 51.73, 36.19, null, null, null),
    new Event("Sudzha", "Sudzha", "Kursk Oblast", "RU", 51.19, 35.27, null, null, null),
    new Event("Kharkiv", "Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23, null, null, null),
    new Event("Kyiv", "Kyiv", "Kyiv City", "UA", 50.45, 30.52, null, null, null),
    new Event("Ukraine", "Ukraine", null, "UA", 49.0, 32.0, null, null, null),
    new Event("Gaza City", "Gaza City", "Gaza", "PS", 31.50, 34.47, null, null, null),
    new Event("Khan Younis", "Khan Yunis", "Khan Yunis", "PS", 31.34, 34.30, null, null, null),
    new Event("Atlanta", "Atlanta", "Georgia", "US", 33.75, -84.39, null, null, null),
    new Event("Suva", "Suva", "Central", "FJ", -18.14, 178.44, null, null, null),
    new Event("Apia", "Apia", "Tuamasaga", "WS", -13.83, -171.76, null, null, null),
    new Event("the north", null, null, "UA", null, null, null, null, null),
  };

  /** Distance filters' radii: each lies far from every distance between two of {@link #PLACES}. */
  static final int[] RADII_KM = {10, 50, 120, 250, 1000, 1500, 3000, 12000};

  static final String[] SCOPES = {"incident", "cumulative"};

  /** The first event date of the random claims; they span {@link #EVENT_DAYS} days from it. */
  static final LocalDate FIRST_EVENT = LocalDate.of(2023, 10, 1);

  static final int EVENT_DAYS = 150;

  record Article(String id, String outlet, long published, List<Claim> claims) {}

  /** Source names with the characters that break naive query building: ' , | ( ). */
  static final String[][] SOURCES = {
    {"UK Ministry of Defence", "official"},
    {"South Korea's spy agency", "official"},
    {"Western officials", "anonymous"},
    {"Ministry of Health, Gaza", "official"},
    {"UN OCHA", "international"},
    {"Red Cross", "international"},
    {"local media", "media"},
    {"residents", "witness"},
    {"Free Army (FSA) | spokesman", "group"},
  };

  static final String[] CATEGORIES = {"killed", "injured", "missing", "captured", "casualties"};
  static final String[] OUTLETS = {"Example Wire", "Daily Planet", "Evening Post"};

  final List<Article> articles;

  ClaimsCorpus(List<Article> articles) {
    this.articles = articles;
  }

  List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (Article a : articles) {
      out.addAll(a.claims());
    }
    return out;
  }

  /** {@code n} random articles with 0 to 6 claims each; ids start with {@code prefix}. */
  static ClaimsCorpus random(Random random, int n, String prefix) {
    List<Article> articles = new ArrayList<>();
    long base = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < n; i++) {
      String id = prefix + i;
      // a few articles share a date, so "latest" sees ties
      long published = base + (long) random.nextInt(40) * 86_400_000L;
      String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
      int claimCount = random.nextInt(7);
      List<Claim> claims = new ArrayList<>();
      for (int c = 0; c < claimCount; c++) {
        String category = CATEGORIES[skewed(random, CATEGORIES.length)];
        String source = null;
        String sourceType = "unattributed";
        if (random.nextInt(10) > 0) {
          String[] s = SOURCES[skewed(random, SOURCES.length)];
          source = s[0];
          sourceType = s[1];
        }
        // figures cluster per category, with the odd outlier
        long count =
            random.nextInt(5) == 0 ? 1 + random.nextInt(3000) : 10 + random.nextInt(40);
        float confidence = random.nextInt(101) / 100f;
        Event event = random.nextInt(6) == 0 ? Event.NONE : randomEvent(random);
        claims.add(
            new Claim(
                id + "-c" + c,
                id,
                category,
                count,
                source,
                sourceType,
                confidence,
                label(confidence),
                random.nextInt(10) == 0,
                published,
                event));
      }
      articles.add(new Article(id, outlet, published, claims));
    }
    return new ClaimsCorpus(articles);
  }

  /** A place, and mostly a scope and a date (a range for some cumulative figures). */
  private static Event randomEvent(Random random) {
    Event place = PLACES[random.nextInt(PLACES.length)];
    String scope = random.nextInt(8) == 0 ? null : SCOPES[random.nextInt(SCOPES.length)];
    if (random.nextInt(8) == 0) {
      return place.on(null, null, scope);
    }
    LocalDate day = FIRST_EVENT.plusDays(random.nextInt(EVENT_DAYS));
    LocalDate end =
        "cumulative".equals(scope) && random.nextBoolean()
            ? day.plusDays(1 + random.nextInt(60))
            : null;
    return place.on(day, end, scope);
  }

  /** Low indexes more often, so counts differ and sorting by count matters. */
  private static int skewed(Random random, int size) {
    int a = random.nextInt(size);
    int b = random.nextInt(size);
    return Math.min(a, b);
  }

  static String label(float confidence) {
    return confidence >= 0.7f ? "high" : confidence >= 0.4f ? "medium" : "low";
  }

  /**
   * The seed article (sample-docs/001): anonymous Western officials say about 1,000 North Korean
   * troops killed; South Korea's spy agency said around 300 killed and 2,700 injured.
   */
  static Article seedArticle() {
    String id = "news-001";
    long published = Instant.parse("2025-01-28T11:15:00Z").toEpochMilli();
    Event kursk =
        PLACES[0].on(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 1, 28), "cumulative");
    Event war = PLACES[4].on(LocalDate.of(2022, 2, 24), LocalDate.of(2025, 1, 28), "cumulative");
    Event capture = PLACES[0].on(LocalDate.of(2025, 1, 11), null, "incident");
    List<Claim> claims = new ArrayList<>();
    claims.add(
        new Claim(id + "-c0", id, "killed", 1000, "Western officials", "anonymous", 0.3f, "low",
            false, published, kursk));
    claims.add(
        new Claim(id + "-c1", id, "casualties", 4000, "Western officials", "anonymous", 0.3f,
            "low", false, published, kursk));
    claims.add(
        new Claim(id + "-c2", id, "killed", 300, "South Korea's spy agency", "official", 0.35f,
            "low", false, published, kursk));
    claims.add(
        new Claim(id + "-c3", id, "injured", 2700, "South Korea's spy agency", "official", 0.35f,
            "low", false, published, kursk));
    claims.add(
        new Claim(id + "-c4", id, "casualties", 790000, "UK Ministry of Defence", "official",
            0.6f, "medium", false, published, war));
    claims.add(
        new Claim(id + "-c5", id, "captured", 2, "Volodymyr Zelenskyy", "official", 0.9f, "high",
            false, published, capture));
    return new Article(id, "Example Wire", published, claims);
  }

  List<SolrInputDocument> toSolr() {
    List<SolrInputDocument> docs = new ArrayList<>();
    for (Article a : articles) {
      docs.add(toSolr(a));
    }
    return docs;
  }

  static SolrInputDocument toSolr(Article a) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ClaimFields.ID, a.id());
    doc.setField(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
    doc.setField(ClaimFields.TITLE, "Article " + a.id());
    doc.setField(ClaimFields.OUTLET, a.outlet());
    doc.setField(ClaimFields.PUBLISHED, new Date(a.published()));
    List<SolrInputDocument> children = new ArrayList<>();
    for (Claim c : a.claims()) {
      SolrInputDocument child = new SolrInputDocument();
      child.setField(ClaimFields.ID, c.id());
      child.setField(ClaimFields.DOC_TYPE, ClaimFields.CLAIM);
      child.setField(ClaimFields.CATEGORY, c.category());
      child.setField(ClaimFields.COUNT, c.count());
      if (c.source() != null) {
        child.setField(ClaimFields.SOURCE, c.source());
      }
      child.setField(ClaimFields.SOURCE_TYPE, c.sourceType());
      child.setField(ClaimFields.CONFIDENCE, c.confidence());
      child.setField(ClaimFields.CONFIDENCE_LABEL, c.label());
      child.setField(ClaimFields.VAGUE, c.vague());
      child.setField(ClaimFields.CLAIM_PUBLISHED, new Date(c.published()));
      child.setField(ClaimFields.ARTICLE_ID, c.article());
      setEvent(child, c.event());
      children.add(child);
    }
    if (!children.isEmpty()) {
      doc.setField(ClaimFields.CLAIMS, children);
    }
    return doc;
  }

  private static void setEvent(SolrInputDocument child, Event e) {
    setIf(child, ClaimFields.PLACE, e.place());
    setIf(child, ClaimFields.PLACE_NAME, e.placeName());
    setIf(child, ClaimFields.REGION, e.region());
    setIf(child, ClaimFields.COUNTRY, e.country());
    if (e.lat() != null) {
      child.setField(ClaimFields.LOCATION, ClaimDocuments.location(e.lat(), e.lon()));
    }
    setIf(child, ClaimFields.EVENT_DATE, ClaimDocuments.day(e.date()));
    setIf(child, ClaimFields.EVENT_DATE_END, ClaimDocuments.day(e.dateEnd()));
    setIf(child, ClaimFields.SCOPE, e.scope());
  }

  private static void setIf(SolrInputDocument doc, String field, Object value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }
}
