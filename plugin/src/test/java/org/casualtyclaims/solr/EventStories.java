package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.Evidence;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.grouping.EventSeries;

/**
 * Articles of several outlets about a few events, with claims the tests build themselves (the
 * places are made up): a ferry sinking at Dorn reported over three days, with a revised toll, a
 * retracted figure and a report placed only in the region; a second, unrelated incident at Dorn a
 * month later; a season's drowning total disputed between a ministry and a monitor; one war's
 * losses of two armies; and claims placed nowhere or vague, which form no event.
 */
final class EventStories {
  private EventStories() {}

  static final EventAnchor DORN_SINKING =
      new EventAnchor("Dorn harbour", "Dorn", "Aldmark", "NO", 60.1, 10.2,
          LocalDate.of(2024, 5, 2), null, Scope.INCIDENT);
  static final EventAnchor ALDMARK =
      new EventAnchor("Aldmark", "Aldmark", "Aldmark", "NO", null, null,
          LocalDate.of(2024, 5, 3), null, Scope.INCIDENT);
  /** No date: its day is the article's publication day. */
  static final EventAnchor DORN_LATER =
      new EventAnchor("Dorn", "Dorn", "Aldmark", "NO", 60.1, 10.2, null, null, Scope.INCIDENT);
  static final EventAnchor SEASON =
      new EventAnchor("Norway", "Norway", null, "NO", null, null,
          LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31), Scope.CUMULATIVE);
  static final EventAnchor WAR =
      new EventAnchor("Kursk region", "Kursk Oblast", "Kursk Oblast", "RU", 51.7, 36.2,
          null, null, Scope.CUMULATIVE);

  static final String RETRACTED = "figure retracted";

  /** The configset's victim groups and correction reasons, as the processor loads them. */
  private static final EventSeries SERIES =
      EventSeries.load(ResourceOpener.folder(ClaimsTestSupport.conf()), LexiconFiles.defaults());

  /** The ids of the sinking's articles; their order is their publication order. */
  static final List<String> SINKING = List.of("fjord-1", "coast-2", "fjord-3", "valley-4");

  static List<SolrInputDocument> documents() {
    List<SolrInputDocument> docs = new ArrayList<>();
    docs.add(article("fjord-1", "2024-05-02T08:00:00Z",
        claim(17, "passengers", "Police", DORN_SINKING)));
    docs.add(article("coast-2", "2024-05-03T07:00:00Z",
        claim(24, "passengers", "Police", DORN_SINKING),
        claim(21, "passengers", "Red Cross", DORN_SINKING)));
    docs.add(article("fjord-3", "2024-05-04T10:00:00Z",
        claim(26, "passengers", "Police", DORN_SINKING),
        claim(30, "passengers", "Red Cross", DORN_SINKING, RETRACTED)));
    docs.add(article("valley-4", "2024-05-03T12:00:00Z",
        claim(25, "passengers", "Governor", ALDMARK)));
    docs.add(article("coast-5", "2024-06-05T09:00:00Z",
        claim(4, "passengers", "Police", DORN_LATER)));
    docs.add(article("coast-6", "2024-09-02T09:00:00Z",
        claim(2300, "people", "Health Ministry", SEASON)));
    docs.add(article("fjord-7", "2024-09-03T09:00:00Z",
        claim(3900, "residents", "Lifeboat Monitor", SEASON)));
    docs.add(article("wire-8", "2024-11-20T09:00:00Z",
        claim(790000, "Russian troops", "Defence Ministry", WAR),
        claim(4000, "North Korean soldiers", "Defence Ministry", WAR)));
    docs.add(article("wire-9", "2024-11-21T09:00:00Z",
        claim(12, "people", "Police", EventAnchor.NONE),
        vague(claim(30, "passengers", "Police", DORN_SINKING))));
    return docs;
  }

  private static Claim claim(long count, String victims, String source, EventAnchor event,
      String... reasons) {
    Evidence evidence = new Evidence("body", 0, 2, 0, 20, count + " " + victims + " died.");
    return new Claim(Category.KILLED, count, null, Qualifier.EXACT, false, victims, source,
        SourceType.OFFICIAL, null, 0.8, ConfidenceLabel.HIGH, List.of(reasons), List.of(evidence),
        1, event);
  }

  private static Claim vague(Claim c) {
    return new Claim(c.category(), c.count(), null, Qualifier.APPROXIMATE, true, c.victims(),
        c.source(), c.sourceType(), null, 0.3, ConfidenceLabel.LOW, List.of("vague figure"),
        c.evidence(), 1, c.event());
  }

  private static SolrInputDocument article(String id, String published, Claim... claims) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ClaimFields.ID, id);
    doc.setField(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
    doc.setField(ClaimFields.TITLE, "Story " + id);
    doc.setField(ClaimFields.OUTLET, id.substring(0, id.indexOf('-')));
    Date date = Date.from(Instant.parse(published));
    doc.setField(ClaimFields.PUBLISHED, date);
    ClaimDocuments.attach(doc, id, date, new ExtractionResult(List.of(claims), false, 100),
        SERIES);
    return doc;
  }
}
