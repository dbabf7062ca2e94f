package org.casualtyclaims.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.casualtyclaims.solr.ClaimFields;
import org.casualtyclaims.solr.EventFields;

/**
 * Synthetic articles with nested claim documents, shaped like the schema's: 0 to 10 claims each
 * (5 on average), sources drawn from a few hundred names with a long tail. Each article covers one
 * of about {@code docs / 20} incidents (a town of 600 in 60 regions of 12 countries, on a day of
 * five years) and is published 0 to 3 days after it; its claims count that incident (7 in 10),
 * a running total of the incident's country (2 in 10) or nothing placed (1 in 10), with victims
 * from a few groups, so that compare by event has events of many articles and sources.
 */
final class SyntheticNews {
  static final int SOURCES = 400;
  private static final String[] OUTLETS = {"Example Wire", "Daily Planet", "Evening Post", "Courier"};
  private static final long START = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
  private static final long START_DAY = LocalDate.of(2020, 1, 1).toEpochDay();

  private final String[] sourceNames = new String[SOURCES];
  private final String[] sourceTypes = new String[SOURCES];
  private static final String[] VICTIMS = {
    "civilians", "people", "Russian soldiers", "Ukrainian troops", "children", "miners", "residents"
  };
  private static final String[] COUNTRIES = {
    "NO", "SE", "FI", "DK", "IS", "EE", "LV", "LT", "PL", "CZ", "SK", "HU"
  };
  private static final int TOWNS = 600;
  private static final int REGIONS = 60;
  private static final int DAYS = 5 * 365;

  private final Random random;
  private final EventSeries series;
  private final int incidents;
  private long claims;

  /** @param series the configset's event series, as the claims processor writes them */
  SyntheticNews(long seed, int docs, EventSeries series) {
    random = new Random(seed);
    this.series = series;
    incidents = Math.max(1, docs / 20);
    SourceType[] types = SourceType.values();
    for (int i = 0; i < SOURCES; i++) {
      sourceNames[i] = String.format(Locale.ROOT, "Source %03d", i);
      sourceTypes[i] = types[i % (types.length - 1)].label(); // all but unattributed
    }
  }

  long claims() {
    return claims;
  }

  SolrInputDocument article(int n) {
    String id = "b-" + n;
    int incident = random.nextInt(incidents);
    EventAnchor town = town(incident);
    long published = START + (town.date().toEpochDay() - START_DAY + random.nextInt(4)) * 86_400_000L;
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ClaimFields.ID, id);
    doc.setField(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
    doc.setField(ClaimFields.TITLE, "Synthetic article " + n);
    doc.setField(ClaimFields.OUTLET, OUTLETS[random.nextInt(OUTLETS.length)]);
    doc.setField(ClaimFields.PUBLISHED, new Date(published));
    int count = random.nextInt(11);
    List<SolrInputDocument> children = new ArrayList<>(count);
    Category[] categories = Category.values();
    for (int c = 0; c < count; c++) {
      SolrInputDocument claim = new SolrInputDocument();
      claim.setField(ClaimFields.ID, id + "-c" + c);
      claim.setField(ClaimFields.DOC_TYPE, ClaimFields.CLAIM);
      claim.setField(ClaimFields.CATEGORY, categories[random.nextInt(categories.length)].label());
      claim.setField(ClaimFields.COUNT, (long) (1 + random.nextInt(random.nextBoolean() ? 50 : 5000)));
      if (random.nextInt(10) == 0) {
        claim.setField(ClaimFields.SOURCE_TYPE, SourceType.UNATTRIBUTED.label());
      } else {
        // a long tail: low numbers far more often
        double r = random.nextDouble();
        int source = (int) (SOURCES * r * r * r);
        claim.setField(ClaimFields.SOURCE, sourceNames[source]);
        claim.setField(ClaimFields.SOURCE_TYPE, sourceTypes[source]);
      }
      float confidence = random.nextInt(101) / 100f;
      claim.setField(ClaimFields.CONFIDENCE, confidence);
      claim.setField(
          ClaimFields.CONFIDENCE_LABEL,
          confidence >= 0.7f ? "high" : confidence >= 0.4f ? "medium" : "low");
      claim.setField(ClaimFields.VAGUE, random.nextInt(20) == 0);
      claim.setField(ClaimFields.CLAIM_PUBLISHED, new Date(published));
      claim.setField(ClaimFields.ARTICLE_ID, id);
      anchor(claim, town, new Date(published));
      children.add(claim);
    }
    claims += count;
    if (!children.isEmpty()) {
      doc.setField(ClaimFields.CLAIMS, children);
    }
    return doc;
  }

  /** Incident {@code i}: its town, region, country and day, the same for every article about it. */
  private static EventAnchor town(int i) {
    Random fixed = new Random(i * 7919L + 17);
    int town = fixed.nextInt(TOWNS);
    int region = town % REGIONS;
    String country = COUNTRIES[region % COUNTRIES.length];
    LocalDate day = LocalDate.ofEpochDay(START_DAY + fixed.nextInt(DAYS));
    return new EventAnchor("Town " + town, "Town " + town, "Region " + region, country,
        null, null, day, null, Scope.INCIDENT);
  }

  /** The claim's event fields, and those that group events, as ClaimDocuments writes them. */
  private void anchor(SolrInputDocument doc, EventAnchor town, Date published) {
    int kind = random.nextInt(10);
    EventAnchor event = kind == 0 ? EventAnchor.NONE
        : kind < 8 ? town
        : new EventAnchor(null, null, null, town.country(), null, null, null, null, Scope.CUMULATIVE);
    String victims = VICTIMS[random.nextInt(VICTIMS.length)];
    Category category = Category.fromLabel((String) doc.getFieldValue(ClaimFields.CATEGORY));
    Claim claim = new Claim(category, (Long) doc.getFieldValue(ClaimFields.COUNT), null,
        Qualifier.EXACT, false, victims, (String) doc.getFieldValue(ClaimFields.SOURCE),
        SourceType.UNATTRIBUTED, null, 0, ConfidenceLabel.LOW, List.of(), List.of(), 1, event);
    doc.setField(ClaimFields.VICTIMS, victims);
    if (event.country() != null) {
      doc.setField(ClaimFields.COUNTRY, event.country());
      doc.setField(ClaimFields.SCOPE, event.scope().label());
    }
    if (event.placeName() != null) {
      doc.setField(ClaimFields.PLACE_NAME, event.placeName());
      doc.setField(ClaimFields.REGION, event.region());
      doc.setField(ClaimFields.EVENT_DATE, new Date(event.date().toEpochDay() * 86_400_000L));
    }
    LocalDate publishedDay = LocalDate.ofEpochDay(published.getTime() / 86_400_000L);
    EventFields.write(doc, claim, series, publishedDay);
  }
}
