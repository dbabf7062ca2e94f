package org.casualtyclaims.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.DocSet;
import org.apache.solr.search.QParser;
import org.casualtyclaims.engine.grouping.Event;
import org.casualtyclaims.engine.grouping.EventGrouper;
import org.casualtyclaims.engine.grouping.Report;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code claim_event_rows()} counts what a terms facet on claim_event_key with uniqueBlock(_root_)
 * counts, over {@link EventStories} indexed in two segments (so rows are added up over global
 * ordinals), and is refused where a facet would collect it for many buckets at once.
 */
public class EventRowsAggTest extends EmbeddedCoreTestCase {
  @BeforeClass
  public static void setUpCore() throws Exception {
    startCore("claims-event-rows");
    List<org.apache.solr.common.SolrInputDocument> docs = EventStories.documents();
    int half = docs.size() / 2;
    ClaimsTestSupport.addPreextracted(client, null, docs.subList(0, half));
    client.commit();
    ClaimsTestSupport.addPreextracted(client, null, docs.subList(half, docs.size()));
    client.commit();
  }

  private static NamedList<?> facets(String q, String facet) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", q);
    p.set("rows", "0");
    p.set("json.facet", "{e:{type:query, domain:{blockChildren:'doc_type:article'}, facet:" + facet
        + "}}");
    return (NamedList<?>) ((NamedList<?>) client.query(p).getResponse().get("facets")).get("e");
  }

  /** "series|day" to "claims/articles", from claim_event_rows(). */
  private static Map<String, String> fromRows(String q) throws Exception {
    EventRows rows = EventRows.read(FacetResult.get(facets(q, "{rows:'claim_event_rows()'}"), "rows"));
    Map<String, String> out = new TreeMap<>();
    int at = 0;
    for (int s = 0; s < rows.series.size(); s++) {
      for (int i = 0; i < rows.rows[s]; i++, at++) {
        out.put(rows.series.get(s) + "|" + LocalDate.ofEpochDay(rows.day[at]),
            rows.claims[at] + "/" + rows.articles[at]);
      }
    }
    return out;
  }

  /** The same, from a terms facet. */
  private static Map<String, String> fromTerms(String q) throws Exception {
    NamedList<?> days = (NamedList<?>) facets(q, "{days:{type:terms, field:claim_event_key,"
        + " limit:-1, facet:{documents:'uniqueBlock(_root_)'}}}").get("days");
    Map<String, String> out = new TreeMap<>();
    for (Object b : (List<?>) days.get("buckets")) {
      NamedList<?> bucket = (NamedList<?>) b;
      out.put((String) bucket.get("val"), bucket.get("count") + "/" + bucket.get("documents"));
    }
    return out;
  }

  @Test
  public void testCountsWhatTheTermsFacetCounts() throws Exception {
    for (String q : List.of("doc_type:article", "id:(coast-2 fjord-3 wire-8)")) {
      Map<String, String> expected = fromTerms(q);
      assertFalse(expected.isEmpty());
      assertEquals(q, expected, fromRows(q));
    }
    List<String> moreClaimsThanArticles = new ArrayList<>();
    fromRows("doc_type:article").forEach((key, counts) -> {
      String[] n = counts.split("/");
      if (Long.parseLong(n[0]) > Long.parseLong(n[1]) && Long.parseLong(n[1]) > 1) {
        moreClaimsThanArticles.add(key);
      }
    });
    assertFalse("coast-2's two sources on the sinking's day count one article",
        moreClaimsThanArticles.isEmpty());
  }

  /**
   * The second pass reads the same reports for a page whether its filter holds a clause per
   * event or, for a long page, only the events' families.
   */
  @Test
  public void testThePageReportsWithEitherFilter() throws Exception {
    ClaimsRequest request = ClaimsRequest.parse(
        params("claims.compare", "true", "claims.compare.by", "event"));
    try (SolrQueryRequest req = req("q", "doc_type:article")) {
      DocSet articles = req.getSearcher().getDocSet(
          QParser.getParser("doc_type:article", req).getQuery());
      Object rowsFacet = facets("doc_type:article",
          "{ev:{type:query, q:'*:*', domain:{filter:'" + ClaimsJsonFacet.NOT_VAGUE
              + "'}, facet:{rows:'claim_event_rows()'}}}").get("ev");
      List<Event> shown = new EventGrouper(3).rankSeries(EventFacetReader.days(rowsFacet), 0, 2)
          .shown();
      Map<String, List<Report>> byClause = EventPageReports.read(List.of(EventPageReports.compute(
          req, articles, request, EventPageReports.filter(shown, 2))), shown);
      Map<String, List<Report>> byFamily = EventPageReports.read(List.of(EventPageReports.compute(
          req, articles, request, EventPageReports.filter(shown, 1))), shown);
      assertTrue(EventPageReports.filter(shown, 1).startsWith("{!terms"));
      assertFalse(byClause.isEmpty());
      assertEquals(byClause, byFamily);
      List<String> sources = new ArrayList<>();
      for (Event event : shown) {
        EventFacetReader.of(event, byClause).forEach(r -> sources.add(r.source()));
      }
      assertTrue(sources.toString(), sources.contains("Red Cross"));
    }
  }

  @Test
  public void testNoClaimsNoRows() throws Exception {
    assertEquals(Map.of(), fromRows("id:no-such-article"));
  }

  @Test
  public void testNotForManyBucketsAtOnce() {
    ignoreException("claim_event_rows");
    SolrException e = expectThrows(SolrException.class,
        () -> facets("doc_type:article",
            "{by:{type:terms, field:claim_source, limit:-1, facet:{rows:'claim_event_rows()'}}}"));
    assertEquals(400, e.code());
    assertTrue(e.getMessage(), e.getMessage().contains("claim_event_rows() is counted for one bucket at a time"));
    unIgnoreException("claim_event_rows");
  }
}
