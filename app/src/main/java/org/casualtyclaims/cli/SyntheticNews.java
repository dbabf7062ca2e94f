package org.casualtyclaims.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.solr.ClaimFields;

/**
 * Synthetic articles with nested claim documents, shaped like the schema's: 0 to 10 claims each
 * (5 on average), sources drawn from a few hundred names with a long tail.
 */
final class SyntheticNews {
  static final int SOURCES = 400;
  private static final String[] OUTLETS = {"Example Wire", "Daily Planet", "Evening Post", "Courier"};
  private static final long START = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

  private final Random random;
  private final String[] sourceNames = new String[SOURCES];
  private final String[] sourceTypes = new String[SOURCES];
  private long claims;

  SyntheticNews(long seed) {
    random = new Random(seed);
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
    long published = START + (long) random.nextInt(5 * 365) * 86_400_000L;
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
      children.add(claim);
    }
    claims += count;
    if (!children.isEmpty()) {
      doc.setField(ClaimFields.CLAIMS, children);
    }
    return doc;
  }
}
