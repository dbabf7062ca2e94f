package org.casualtyclaims.solr;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * claims.compare.by=event and claims.timeline on {@link EventStories}, in one core: which claims
 * form one event, what each source said, paging, the window, and the 400s.
 */
public class ClaimsEventCompareTest extends EmbeddedCoreTestCase {
  @BeforeClass
  public static void setUpCore() throws Exception {
    ignoreException("Bad parameter");
    startCore("claims-event-compare");
    ClaimsTestSupport.addPreextracted(client, null, EventStories.documents());
    client.commit();
  }

  static ModifiableSolrParams articleParams(String... more) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "doc_type:article");
    p.set("rows", "0");
    for (int i = 0; i + 1 < more.length; i += 2) {
      p.add(more[i], more[i + 1]);
    }
    return p;
  }

  static Map<String, Object> section(SolrClient client, String collection, ModifiableSolrParams p)
      throws Exception {
    return Plain.map(client.query(collection, p).getResponse().get(ClaimsFacetsOutput.SECTION));
  }

  private static Map<String, Object> compare(String... more) throws Exception {
    ModifiableSolrParams p =
        articleParams("claims.compare", "true", "claims.compare.by", "event");
    for (int i = 0; i + 1 < more.length; i += 2) {
      p.set(more[i], more[i + 1]);
    }
    return map(section(client, null, p).get("compare"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Test
  public void testOneEventAcrossOutletsDaysAndItsRegion() throws Exception {
    Map<String, Object> compare = compare();
    assertEquals("event", compare.get("by"));
    assertEquals(5L, compare.get("events_total"));
    assertEquals(0L, compare.get("offset"));
    assertEquals(20L, compare.get("limit"));
    List<Map<String, Object>> events = list(compare.get("events"));
    Map<String, Object> sinking = events.get(0);
    assertEquals("killed", sinking.get("category"));
    assertEquals("passengers", sinking.get("victims"));
    assertEquals("Dorn", sinking.get("place"));
    assertEquals("Aldmark", sinking.get("region"));
    assertEquals("NO", sinking.get("country"));
    assertEquals("incident", sinking.get("scope"));
    assertEquals("2024-05-02", sinking.get("first_date"));
    assertEquals("2024-05-03", sinking.get("last_date"));
    assertEquals("the region's report joins; the vague figure does not", 4L, sinking.get("articles"));
    assertEquals(6L, sinking.get("claims"));
    List<Map<String, Object>> sources = list(sinking.get("sources"));
    assertEquals(List.of("Governor", "Police", "Red Cross"),
        sources.stream().map(s -> s.get("source")).toList());
    Map<String, Object> police = sources.get(1);
    assertEquals(17L, police.get("min"));
    assertEquals(26L, police.get("max"));
    assertEquals(List.of(17L, 24L, 26L), police.get("figures"));
    assertEquals(26L, police.get("latest"));
    assertEquals(at("2024-05-04T10:00:00Z"), police.get("latest_published"));
    assertEquals(List.of(21L, 30L), sources.get(2).get("figures"));
    assertEquals("some figure lies in every source's range", 1.0, sinking.get("spread"));
    assertEquals(false, sinking.get("disagreement"));
    assertTrue(sinking.get("id").toString().matches("[0-9a-f]{8}-[0-9a-f]{12}"));
  }

  @Test
  public void testUnrelatedEventsStayApart() throws Exception {
    List<Map<String, Object>> events = list(compare().get("events"));
    assertEquals(List.of("passengers", "people", "north korean troops", "passengers",
            "russian troops"),
        events.stream().map(e -> e.get("victims")).toList());
    Map<String, Object> season = events.get(1);
    assertEquals("cumulative", season.get("scope"));
    assertNull("a cumulative total keeps no place", season.get("place"));
    assertEquals(true, season.get("disagreement"));
    assertEquals(3900.0 / 2300, (Double) season.get("spread"), 1e-9);
    Map<String, Object> later = events.get(3);
    assertEquals("a month after the sinking, at Dorn again", "2024-06-05", later.get("first_date"));
    assertNotEquals(events.get(0).get("id"), later.get("id"));
    for (Map<String, Object> war : List.of(events.get(2), events.get(4))) {
      assertEquals("one army's losses are never set against the other's",
          1, list(war.get("sources")).size());
      assertEquals(false, war.get("disagreement"));
    }
  }

  @Test
  public void testPagesAndWindow() throws Exception {
    List<Map<String, Object>> all = list(compare().get("events"));
    Map<String, Object> page = compare("claims.compare.offset", "1", "claims.compare.limit", "2");
    assertEquals(all.subList(1, 3), page.get("events"));
    assertEquals(5L, page.get("events_total"));
    assertEquals(List.of(), compare("claims.compare.offset", "9").get("events"));
    assertEquals(all, compare("claims.compare.limit", "-1").get("events"));

    Map<String, Object> wide = compare("claims.compare.window", "40");
    assertEquals("the two incidents at Dorn are one within 40 days", 4L, wide.get("events_total"));
    assertEquals("2024-06-05", list(wide.get("events")).get(0).get("last_date"));
  }

  @Test
  public void testTheQueryAndClaimFiltersNarrowTheEvents() throws Exception {
    ModifiableSolrParams p = articleParams("fq", "outlet:fjord", "claims.compare", "true",
        "claims.compare.by", "event", "claims.source", "Police");
    List<Map<String, Object>> events = list(map(section(client, null, p).get("compare")).get("events"));
    assertEquals(1, events.size());
    assertEquals(2L, events.get(0).get("articles"));
    assertEquals(List.of(17L, 26L), list(events.get(0).get("sources")).get(0).get("figures"));
  }

  @Test
  public void testTimelineByPublicationDateWithCorrections() throws Exception {
    Map<String, Object> sinking = list(compare().get("events")).get(0);
    String id = (String) sinking.get("id");
    ModifiableSolrParams p = articleParams("claims.timeline", id);
    Map<String, Object> section = section(client, null, p);
    assertNull("no compare without claims.compare", section.get("compare"));
    Map<String, Object> timeline = map(section.get("timeline"));
    assertEquals(id, timeline.get("id"));
    assertEquals(true, timeline.get("found"));
    Map<String, Object> event = map(timeline.get("event"));
    assertEquals(4L, event.get("articles"));
    assertEquals("2024-05-02", event.get("first_date"));
    List<Map<String, Object>> sources = list(timeline.get("sources"));
    assertEquals(List.of("Governor", "Police", "Red Cross"),
        sources.stream().map(s -> s.get("source")).toList());
    List<Map<String, Object>> police = list(sources.get(1).get("points"));
    assertEquals(List.of(17L, 24L, 26L), police.stream().map(x -> x.get("figure")).toList());
    assertEquals(List.of("fjord-1", "coast-2", "fjord-3"),
        police.stream().map(x -> x.get("article")).toList());
    assertEquals(at("2024-05-02T08:00:00Z"), police.get(0).get("published"));
    assertEquals("exact", police.get(0).get("qualifier"));
    List<Map<String, Object>> redCross = list(sources.get(2).get("points"));
    assertEquals(List.of(false, true), redCross.stream().map(x -> x.get("corrected")).toList());

    Map<String, Object> missing =
        map(section(client, null, articleParams("claims.timeline", "00000000-000000000000")).get("timeline"));
    assertEquals(false, missing.get("found"));
    assertNull(missing.get("sources"));
  }

  @Test
  public void testCompareByCategoryIsUnchanged() throws Exception {
    Map<String, Object> byCategory = map(section(client, null,
        articleParams("claims.compare", "true", "claims.compare.by", "category")).get("compare"));
    assertEquals(byCategory, map(section(client, null, articleParams("claims.compare", "true")).get("compare")));
    assertNotNull(byCategory.get("categories"));
    assertNull(byCategory.get("events"));
  }

  @Test
  public void testMalformedParametersAre400sNamingThem() throws Exception {
    String[][] bad = {
      {"claims.compare.by", "place"},
      {"claims.compare.offset", "-1"},
      {"claims.compare.window", "three"},
      {"claims.compare.window", "4000"},
      {"claims.timeline", "the sinking"},
      {"claims.timeline", ""},
      {"claims.compare.event", "x"},
    };
    for (String[] param : bad) {
      ModifiableSolrParams p = articleParams("claims.compare", "true", param[0], param[1]);
      SolrException e = expectThrows(SolrException.class, () -> client.query(p));
      assertEquals(p + ": " + e.getMessage(), 400, e.code());
      assertTrue(p + ": " + e.getMessage(), e.getMessage().contains(param[0]));
    }
  }
}
