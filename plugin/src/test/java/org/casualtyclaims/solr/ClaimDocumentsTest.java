package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
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
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.Qualifier;
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
        ClaimDocuments.children("a/b c", "2024-01-02T03:04:05Z", List.of(c, c));
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
    for (String field : ClaimDocuments.CLAIM_FIELDS) {
      if (!field.equals("claim_victims") && !field.equals("claim_via")) {
        assertTrue(child.containsKey(field), field);
      }
    }
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
