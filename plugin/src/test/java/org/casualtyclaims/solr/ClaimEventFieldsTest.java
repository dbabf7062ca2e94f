package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.Evidence;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The event fields as the processor writes them ({@link ClaimDocuments#attach}), indexed in a core
 * of the real configset: stored, searchable with Solr's own queries, and the article's summary
 * fields faceted with plain Solr facets, as in the admin UI.
 */
public class ClaimEventFieldsTest extends EmbeddedCoreTestCase {
  private static final EventAnchor HARBOUR_FIRE =
      new EventAnchor("the port of Ostrel", "Ostrel", "Coastal Region", "HR", 45.33, 14.44,
          LocalDate.of(2024, 6, 3), null, Scope.INCIDENT);
  private static final EventAnchor FLOOD_SEASON =
      new EventAnchor("the Drava valley", "Drava", null, "HR", 45.8, 16.0,
          LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30), Scope.CUMULATIVE);
  private static final EventAnchor BORDER_TOWN =
      new EventAnchor("Lendava", "Lendava", "Pomurje", "SI", 46.56, 16.45,
          LocalDate.of(2024, 6, 4), null, Scope.INCIDENT);

  @BeforeClass
  public static void setUpCore() throws Exception {
    startCore("claims-events");
    ClaimsTestSupport.addPreextracted(client, null, List.of(
        article("fire", claim(12, HARBOUR_FIRE), claim(40, FLOOD_SEASON)),
        article("town", claim(3, BORDER_TOWN), claim(5, EventAnchor.NONE)),
        article("none", claim(7, EventAnchor.NONE))));
    client.commit();
  }

  private static Claim claim(long count, EventAnchor event) {
    Evidence evidence = new Evidence("body", 0, 2, 0, 20, count + " people died.");
    return new Claim(Category.KILLED, count, null, Qualifier.EXACT, false, null, "police",
        SourceType.OFFICIAL, null, 0.8, ConfidenceLabel.HIGH, List.of(), List.of(evidence), 1,
        event);
  }

  private static SolrInputDocument article(String id, Claim... claims) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ClaimFields.ID, id);
    doc.setField(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
    doc.setField(ClaimFields.TITLE, "Article " + id);
    Date published = Date.from(Instant.parse("2024-07-01T09:00:00Z"));
    doc.setField(ClaimFields.PUBLISHED, published);
    ClaimDocuments.attach(doc, id, published, new ExtractionResult(List.of(claims), false, 100));
    return doc;
  }

  private static QueryResponse query(String... params) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i + 1 < params.length; i += 2) {
      p.add(params[i], params[i + 1]);
    }
    return client.query(p);
  }

  @Test
  public void testClaimFieldsAreStoredAndSearchable() throws Exception {
    SolrDocument fire = query("q", "{!term f=id}fire" + ClaimDocuments.CHILD_ID_INFIX + "1")
        .getResults().get(0);
    assertEquals("the port of Ostrel", fire.getFieldValue("claim_place"));
    assertEquals("Ostrel", fire.getFieldValue("claim_place_name"));
    assertEquals("Coastal Region", fire.getFieldValue("claim_region"));
    assertEquals("HR", fire.getFieldValue("claim_country"));
    assertEquals("45.33,14.44", fire.getFieldValue("claim_location"));
    assertEquals(Date.from(Instant.parse("2024-06-03T00:00:00Z")),
        fire.getFieldValue("claim_event_date"));
    assertNull(fire.getFieldValue("claim_event_date_end"));
    assertEquals("incident", fire.getFieldValue("claim_scope"));

    SolrDocument flood = query("q", "{!term f=id}fire" + ClaimDocuments.CHILD_ID_INFIX + "2")
        .getResults().get(0);
    assertEquals(Date.from(Instant.parse("2024-06-30T00:00:00Z")),
        flood.getFieldValue("claim_event_date_end"));
    assertEquals("cumulative", flood.getFieldValue("claim_scope"));

    // Solr's own spatial and range queries on the claim fields
    assertEquals(1, query("q", "{!geofilt sfield=claim_location pt=46.5,16.4 d=20}")
        .getResults().getNumFound());
    assertEquals(3, query("q", "{!geofilt sfield=claim_location pt=46.0,15.5 d=200}")
        .getResults().getNumFound());
    assertEquals(2, query("q", "claim_event_date:[2024-06-01T00:00:00Z TO *]")
        .getResults().getNumFound());
    assertEquals(2, query("q", "claim_country:HR").getResults().getNumFound());
  }

  @Test
  public void testSummaryFieldsFacetWithPlainSolrFacets() throws Exception {
    QueryResponse rsp = query("q", "doc_type:article", "rows", "0", "facet", "true",
        "facet.field", "claims_countries", "facet.field", "claims_places",
        "facet.field", "claims_scopes", "facet.sort", "index");
    assertEquals(Map.of("HR", 1L, "SI", 1L), counts(rsp.getFacetField("claims_countries")));
    assertEquals(Map.of("Drava", 1L, "Lendava", 1L, "Ostrel", 1L),
        counts(rsp.getFacetField("claims_places")));
    assertEquals(Map.of("cumulative", 1L, "incident", 2L), counts(rsp.getFacetField("claims_scopes")));
    SolrDocument fire = query("q", "id:fire").getResults().get(0);
    assertEquals(List.of("Ostrel", "Drava"), fire.getFieldValues("claims_places"));
    SolrDocument none = query("q", "id:none").getResults().get(0);
    assertNull("no events, no summary", none.getFieldValue("claims_countries"));
  }

  @Test
  public void testClaimsComponentFiltersTheSameClaims() throws Exception {
    QueryResponse rsp = query("q", "*:*", "fq", "{!claims near=46.56,16.45 km=30 scope=incident}");
    assertEquals(List.of("town"), List.of(rsp.getResults().get(0).getFieldValue("id")));
    assertEquals(1, rsp.getResults().getNumFound());
    // June 4 to 10: the fire (June 3) is out, the flood season (May to June) and the town in
    rsp = query("q", "doc_type:article", "rows", "0", "claims.facet", "true",
        "claims.facet.field", "place", "claims.from", "2024-06-04", "claims.to", "2024-06-10");
    Map<String, Object> section = Plain.map(rsp.getResponse().get(ClaimsFacetsOutput.SECTION));
    assertEquals(2L, section.get("claims"));
    assertEquals(2L, section.get("documents"));
  }

  @Test
  public void testHeatmapFacetOnTheCopiedLocationCountsEachLocatedClaim() throws Exception {
    // claim_location_rpt is filled by the schema's copyField, in the nested claim documents too
    assertEquals(3, query("q", "{!geofilt sfield=claim_location_rpt pt=46.0,15.5 d=200}")
        .getResults().getNumFound());
    assertEquals(1, query("q", "{!geofilt sfield=claim_location_rpt pt=46.5,16.4 d=20}")
        .getResults().getNumFound());
    // the explorer's request: a JSON facet heatmap over the claims (the articles' children)
    QueryResponse rsp = query("q", "doc_type:article", "rows", "0", "json.facet",
        "{claims: {type: query, q: \"*:*\", domain: {blockChildren: \"doc_type:article\"},"
            + " facet: {map: {type: heatmap, field: claim_location_rpt,"
            + " geom: \"[\\\"-180 -90\\\" TO \\\"180 90\\\"]\", gridLevel: 2}}}}");
    Map<String, Object> map = Plain.map(
        Plain.map(Plain.map(rsp.getResponse().get("facets")).get("claims")).get("map"));
    assertEquals(2, ((Number) map.get("gridLevel")).intValue());
    long cells = 0;
    long total = 0;
    for (Object row : (List<?>) map.get("counts_ints2D")) {
      if (row == null) {
        continue; // a row without any point is null
      }
      for (Object n : (List<?>) row) {
        cells += ((Number) n).longValue() > 0 ? 1 : 0;
        total += ((Number) n).longValue();
      }
    }
    assertEquals("three claims have a location, the fourth and fifth none", 3, total);
    // a level-2 cell spans 11.25 by 5.6 degrees: Ostrel, the Drava valley and Lendava share one
    assertEquals(1, cells);
  }

  private static Map<String, Long> counts(FacetField field) {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (FacetField.Count c : field.getValues()) {
      out.put(c.getName(), c.getCount());
    }
    return out;
  }
}
