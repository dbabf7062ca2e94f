package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.Evidence;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.junit.jupiter.api.Test;

/** The documents written for claims, and the text read from a document, without a core. */
class ClaimDocumentsTest {
  private static final Evidence EVIDENCE =
      new Evidence("body", 0, 2, 0, 30, "12 were killed, police said.");

  private static Claim claim(Category category, long count, Long countMax, boolean vague,
      String source, SourceType type, ConfidenceLabel label) {
    return new Claim(category, count, countMax, countMax == null ? Qualifier.EXACT : Qualifier.RANGE,
        vague, null, source, type, null, 0.9, label, List.of("a reason"), List.of(EVIDENCE), 1,
        EventAnchor.NONE);
  }

  @Test
  void summaryCountsDistinctValuesAndTheLargestFigures() {
    List<Claim> claims =
        List.of(
            claim(Category.KILLED, 12, null, false, "police", SourceType.OFFICIAL,
                ConfidenceLabel.HIGH),
            claim(Category.KILLED, 10, 20L, false, "police", SourceType.OFFICIAL,
                ConfidenceLabel.MEDIUM),
            claim(Category.KILLED, 100, null, true, null, SourceType.UNATTRIBUTED,
                ConfidenceLabel.LOW),
            claim(Category.INJURED, 30, null, false, "a hospital", SourceType.OFFICIAL,
                ConfidenceLabel.HIGH));
    Map<String, Object> s = ClaimDocuments.summary(claims, "ok");
    assertEquals(List.of("police", "a hospital"), s.get("claims_sources"));
    assertEquals(List.of("official", "unattributed"), s.get("claims_source_types"));
    assertEquals(List.of("killed", "injured"), s.get("claims_categories"));
    assertEquals(List.of("high", "medium", "low"), s.get("claims_confidence_labels"));
    assertEquals(20L, s.get("claims_max_killed"), "the high end of the range; vague 100 left out");
    assertEquals(30L, s.get("claims_max_injured"));
    assertFalse(s.containsKey("claims_max_missing"));
    assertEquals(4, s.get("claims_count"));
    assertEquals(ClaimJson.toJson(claims), s.get("claims_json"));
    assertEquals("ok", s.get("claims_status"));

    Map<String, Object> none = ClaimDocuments.summary(List.of(), "none");
    assertEquals(Map.of("claims_count", 0, "claims_json", "[]", "claims_status", "none"), none);
  }

  @Test
  void attachWritesWhatTheProcessorWrites() {
    List<Claim> claims =
        List.of(
            claim(Category.KILLED, 12, null, false, "police", SourceType.OFFICIAL,
                ConfidenceLabel.HIGH),
            claim(Category.INJURED, 30, null, false, "a hospital", SourceType.OFFICIAL,
                ConfidenceLabel.MEDIUM));
    Date published = Date.from(Instant.parse("2025-03-01T10:00:00Z"));
    SolrInputDocument doc = new SolrInputDocument();
    ClaimDocuments.attach(doc, "a-1", published, new ExtractionResult(claims, true, 40));
    ClaimDocuments.summary(claims, "truncated")
        .forEach((field, value) -> assertEquals(value,
            value instanceof List<?> ? List.copyOf(doc.getFieldValues(field)) : doc.getFieldValue(field),
            field));
    List<?> children = List.copyOf(doc.getFieldValues("claims"));
    assertEquals(2, children.size());
    SolrInputDocument second = (SolrInputDocument) children.get(1);
    assertEquals("a-1::claim-2", second.getFieldValue("id"));
    assertEquals("injured", second.getFieldValue("claim_category"));
    assertEquals(published, second.getFieldValue("claim_published"));

    SolrInputDocument none = new SolrInputDocument();
    ClaimDocuments.attach(none, "a-2", null, new ExtractionResult(List.of(), false, 10));
    assertEquals("none", none.getFieldValue("claims_status"));
    assertEquals(0, none.getFieldValue("claims_count"));
    assertNull(none.getFieldValue("claims"), "no claims, no child documents");
  }

  @Test
  void childrenCarryEveryClaimField() {
    Claim c = claim(Category.KILLED, 10, 20L, false, "police", SourceType.OFFICIAL,
        ConfidenceLabel.MEDIUM);
    List<SolrInputDocument> children =
        ClaimDocuments.children(
            "a/b c", "2024-01-02T03:04:05Z", List.of(c, c), EventSeries.UNFOLDED);
    assertEquals(2, children.size());
    SolrInputDocument child = children.get(1);
    assertEquals("a/b c::claim-2", child.getFieldValue("id"));
    assertEquals("claim", child.getFieldValue("doc_type"));
    assertEquals("killed", child.getFieldValue("claim_category"));
    assertEquals(10L, child.getFieldValue("claim_count"));
    assertEquals(20L, child.getFieldValue("claim_count_max"));
    assertEquals("range", child.getFieldValue("claim_qualifier"));
    assertEquals(false, child.getFieldValue("claim_vague"));
    assertNull(child.getField("claim_victims"));
    assertEquals("police", child.getFieldValue("claim_source"));
    assertEquals("official", child.getFieldValue("claim_source_type"));
    assertNull(child.getField("claim_via"));
    assertEquals(0.9f, child.getFieldValue("claim_confidence"));
    assertEquals("medium", child.getFieldValue("claim_confidence_label"));
    assertEquals(List.of("a reason"), List.copyOf(child.getFieldValues("claim_reasons")));
    assertEquals(1, child.getFieldValue("claim_mentions"));
    assertTrue(((String) child.getFieldValue("claim_evidence")).startsWith("[{\"field\":\"body\""));
    assertEquals("2024-01-02T03:04:05Z", child.getFieldValue("claim_published"));
    assertEquals("a/b c", child.getFieldValue("claim_article"));
    // the claim has no event (EventAnchor.NONE): its fields are tested with events below
    List<String> absent = List.of("claim_victims", "claim_via", "claim_place", "claim_place_name",
        "claim_region", "claim_country", "claim_location", "claim_event_date",
        "claim_event_date_end", "claim_scope", "claim_event_series", "claim_event_family",
        "claim_event_key", "claim_event_report");
    // no event date: the event day is the publication's
    assertEquals(Date.from(Instant.parse("2024-01-02T00:00:00Z")),
        child.getFieldValue("claim_event_day"));
    assertEquals(false, child.getFieldValue("claim_corrected"));
    for (String field : ClaimDocuments.CLAIM_FIELDS) {
      if (absent.contains(field)) {
        assertNull(child.getField(field), field);
      } else {
        assertTrue(child.containsKey(field), field);
      }
    }
  }

  private static final EventAnchor VARN_FERRY =
      new EventAnchor("Lake Varn", "Varn", "Northern Province", "NO", 61.25, 0.00001,
          LocalDate.of(2024, 5, 12), null, Scope.INCIDENT);

  private static final EventAnchor WAR_TOTAL =
      new EventAnchor("Ukraine", "Ukraine", null, "UA", 49.0, 32.0,
          LocalDate.of(2022, 2, 24), LocalDate.of(2025, 1, 27), Scope.CUMULATIVE);

  @Test
  void childrenCarryTheEventAndLeaveOutWhatIsUnknown() {
    Claim base = claim(Category.KILLED, 9, null, false, "police", SourceType.OFFICIAL,
        ConfidenceLabel.HIGH);
    Claim partial =
        base.withEvent(new EventAnchor(null, null, null, "RU", null, null, null, null, null));
    List<SolrInputDocument> children =
        ClaimDocuments.children("e-1", null,
            List.of(base.withEvent(VARN_FERRY), base.withEvent(WAR_TOTAL), partial, base),
            EventSeries.UNFOLDED);
    SolrInputDocument ferry = children.get(0);
    assertEquals("Lake Varn", ferry.getFieldValue("claim_place"));
    assertEquals("Varn", ferry.getFieldValue("claim_place_name"));
    assertEquals("Northern Province", ferry.getFieldValue("claim_region"));
    assertEquals("NO", ferry.getFieldValue("claim_country"));
    assertEquals("61.25,0.00001", ferry.getFieldValue("claim_location"), "no exponent notation");
    assertEquals(Date.from(Instant.parse("2024-05-12T00:00:00Z")),
        ferry.getFieldValue("claim_event_date"));
    assertNull(ferry.getField("claim_event_date_end"));
    assertEquals("incident", ferry.getFieldValue("claim_scope"));
    assertEquals("killed||NO|incident|Northern Province|Varn",
        ferry.getFieldValue("claim_event_series"));
    assertEquals(Date.from(Instant.parse("2024-05-12T00:00:00Z")),
        ferry.getFieldValue("claim_event_day"), "the event's date, not the publication's");

    SolrInputDocument war = children.get(1);
    assertNull(war.getField("claim_region"));
    assertEquals(Date.from(Instant.parse("2025-01-27T00:00:00Z")),
        war.getFieldValue("claim_event_date_end"));
    assertEquals("cumulative", war.getFieldValue("claim_scope"));
    assertEquals("killed||UA|cumulative||", war.getFieldValue("claim_event_series"));
    assertTrue(((String) war.getFieldValue("claim_event_family")).matches("[0-9a-f]{8}"));

    SolrInputDocument countryOnly = children.get(2);
    assertEquals("RU", countryOnly.getFieldValue("claim_country"));
    assertEquals("killed||RU|incident||", countryOnly.getFieldValue("claim_event_series"));
    assertNull(children.get(3).getField("claim_event_series"), "placed nowhere, no series");
    assertNull(children.get(3).getField("claim_event_day"), "no event date, no publication date");
    for (String field : List.of("claim_place", "claim_place_name", "claim_region",
        "claim_location", "claim_event_date", "claim_event_date_end", "claim_scope")) {
      assertNull(countryOnly.getField(field), field);
      assertNull(children.get(3).getField(field), field);
    }
    assertNull(children.get(3).getField("claim_country"));
  }

  @Test
  void summaryListsTheEventsCountriesPlacesAndScopes() {
    Claim base = claim(Category.KILLED, 9, null, false, "police", SourceType.OFFICIAL,
        ConfidenceLabel.HIGH);
    List<Claim> claims =
        List.of(base.withEvent(WAR_TOTAL), base.withEvent(VARN_FERRY), base,
            base.withEvent(VARN_FERRY),
            base.withEvent(new EventAnchor("Lviv", null, null, "UA", null, null, null, null,
                Scope.INCIDENT)));
    Map<String, Object> s = ClaimDocuments.summary(claims, "ok");
    assertEquals(List.of("UA", "NO"), s.get("claims_countries"));
    assertEquals(List.of("Ukraine", "Varn"), s.get("claims_places"), "canonical names only");
    assertEquals(List.of("cumulative", "incident"), s.get("claims_scopes"));

    Map<String, Object> none = ClaimDocuments.summary(List.of(base), "ok");
    assertFalse(none.containsKey("claims_countries"));
    assertFalse(none.containsKey("claims_places"));
    assertFalse(none.containsKey("claims_scopes"));
  }

  @Test
  void statusFollowsTheResult() {
    Claim c = claim(Category.KILLED, 1, null, false, null, SourceType.UNATTRIBUTED,
        ConfidenceLabel.LOW);
    assertEquals("ok", ClaimDocuments.status(new ExtractionResult(List.of(c), false, 10)));
    assertEquals("none", ClaimDocuments.status(new ExtractionResult(List.of(), false, 10)));
    assertEquals("truncated", ClaimDocuments.status(new ExtractionResult(List.of(c), true, 10)));
    assertEquals("truncated", ClaimDocuments.status(new ExtractionResult(List.of(), true, 10)));
  }

  @Test
  void clearRemovesWhatTheProcessorOwns() {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", "x");
    doc.setField("body", "text");
    doc.setField("claims", List.of(new SolrInputDocument()));
    for (String field : ClaimDocuments.SUMMARY_FIELDS) {
      doc.setField(field, "sent by a client");
    }
    ClaimDocuments.clear(doc);
    assertEquals(List.of("id", "body"), List.copyOf(doc.getFieldNames()));
  }

  @Test
  void textIsReadFromStringsNumbersDatesAndMultipleValues() {
    ClaimsSettings settings = ClaimsSettings.defaults();
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("title", 2024);
    doc.addField("body", "First paragraph.");
    doc.addField("body", "");
    doc.addField("body", Date.from(Instant.parse("2024-05-06T07:08:09Z")));
    doc.addField("body", true);
    List<FieldText> fields = ArticleText.read(doc, settings);
    assertEquals(new FieldText("title", "2024", true), fields.get(0));
    assertEquals(
        new FieldText("body", "First paragraph.\n\n2024-05-06T07:08:09Z\n\ntrue", false),
        fields.get(1));

    SolrInputDocument empty = new SolrInputDocument();
    assertEquals(List.of(new FieldText("title", null, true), new FieldText("body", null, false)),
        ArticleText.read(empty, settings));
  }

  @Test
  void valuesWithoutTextAreUnreadable() {
    ClaimsSettings settings = ClaimsSettings.defaults();
    for (Object value :
        List.of(new SolrInputDocument(), new byte[] {1, 2}, ByteBuffer.allocate(2), new Object())) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField("body", value);
      ArticleText.UnreadableFieldException e =
          assertThrows(ArticleText.UnreadableFieldException.class,
              () -> ArticleText.read(doc, settings));
      assertTrue(e.getMessage().startsWith("field 'body' holds "), e.getMessage());
      assertTrue(e.getMessage().endsWith(", not text"), e.getMessage());
    }
  }

  @Test
  void claimsOfADeleteQueryQuotesIt() {
    assertEquals(
        "{!child of='*:* -_nest_path_:*' v='{!bool filter=\\'*:* -_nest_path_:*\\'"
            + " must=\\'id:\"it\\\\\\'s\"\\'}'}",
        BlockDeletes.claimsOf("id:\"it's\""));
  }
}
