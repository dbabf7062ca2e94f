package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

/** The demo's events across articles, read from a compare-by-event answer as the component shapes it. */
class EventDisagreementsTest {

  private static SimpleOrderedMap<Object> source(String name, long min, long max, long latest) {
    SimpleOrderedMap<Object> s = new SimpleOrderedMap<>();
    s.add("source", name);
    s.add("min", min);
    s.add("max", max);
    s.add("figures", min == max ? List.of(min) : List.of(min, max));
    s.add("latest", latest);
    return s;
  }

  private static SimpleOrderedMap<Object> event(String id, String place, String country, String first,
      String last, long articles, Double spread, boolean disagreement, Object... sources) {
    return event(id, place, null, country, first, last, articles, spread, disagreement, sources);
  }

  private static SimpleOrderedMap<Object> event(String id, String place, String region,
      String country, String first, String last, long articles, Double spread,
      boolean disagreement, Object... sources) {
    SimpleOrderedMap<Object> e = new SimpleOrderedMap<>();
    e.add("id", id);
    e.add("category", "killed");
    e.add("victims", null);
    e.add("place", place);
    e.add("region", region);
    e.add("country", country);
    e.add("scope", "incident");
    e.add("first_date", first);
    e.add("last_date", last);
    e.add("articles", articles);
    e.add("claims", (long) sources.length + 1);
    e.add("sources", List.of(sources));
    if (spread != null) {
      e.add("spread", spread);
    }
    e.add("disagreement", disagreement);
    return e;
  }

  private static NamedList<Object> answer(long total, Object... events) {
    SimpleOrderedMap<Object> compare = new SimpleOrderedMap<>();
    compare.add("by", "event");
    compare.add("ratio", 1.5);
    compare.add("events", List.of(events));
    compare.add("events_total", total);
    SimpleOrderedMap<Object> facets = new SimpleOrderedMap<>();
    facets.add("compare", compare);
    NamedList<Object> rsp = new NamedList<>();
    rsp.add("claims_facets", facets);
    return rsp;
  }

  @Test
  void theRequestComparesByEventOverEveryArticle() {
    var params = EventDisagreements.compareRequest();
    assertEquals("event", params.get("claims.compare.by"));
    assertEquals("true", params.get("claims.compare"));
    assertEquals("0", params.get("rows"));
    assertEquals(String.valueOf(EventDisagreements.EVENT_LIMIT), params.get("claims.compare.limit"));
    assertEquals("doc_type:article", params.get("fq"));
  }

  @Test
  void eachEventListsItsSourcesSideBySide() {
    EventDisagreements.Found found = EventDisagreements.parse(answer(5,
        event("e1", "Kisumu", "KE", "2025-05-12", "2025-05-15", 3, 2.7, true,
            source("county fire brigade", 9, 9, 9), source("county government", 17, 24, 24)),
        event("e2", "Lagos", "NG", "2025-05-13", "2025-05-13", 1, null, false,
            source("state emergency agency", 12, 12, 12))));
    assertEquals(5, found.total());
    assertEquals(2, found.events().size());
    EventDisagreements.EventRow kisumu = found.events().get(0);
    assertEquals("Kisumu", kisumu.place());
    assertEquals(3, kisumu.articles());
    assertTrue(kisumu.disagreement());
    assertEquals(new EventDisagreements.SourceFigures("county government", 17, 24, 24), kisumu.sources().get(1));
    assertNull(found.events().get(1).spread());

    List<String> lines = EventDisagreements.render(found);
    assertTrue(lines.get(0).startsWith("Who says how many, per event across articles"), lines.get(0));
    assertEquals("  killed in Kisumu (KE), incident, 2025-05-12 to 2025-05-15: 3 articles, 3 claims;"
        + " SOURCES DISAGREE (2.7x)", lines.get(1));
    assertEquals("    county fire brigade 9 | county government 17-24 (latest 24)", lines.get(2));
    // one day, one source: no "to", no verdict to give; two events never share a line
    assertEquals("  killed in Lagos (NG), incident, 2025-05-13: 1 article, 2 claims; one source", lines.get(3));
    assertEquals("    state emergency agency 12", lines.get(4));
    assertEquals("  (the 2 largest of 5 events)", lines.get(5));
  }

  @Test
  void anEventPlacedOnlyInARegionIsNamedByIt() {
    EventDisagreements.Found found = EventDisagreements.parse(answer(1,
        event("e4", null, "Kisumu", "KE", "2025-05-12", "2025-05-15", 3, 2.7, true,
            source("county fire brigade", 9, 9, 9), source("disaster centre", 24, 24, 24))));
    assertEquals("  killed in Kisumu (KE), incident, 2025-05-12 to 2025-05-15: 3 articles, 3 claims;"
        + " SOURCES DISAGREE (2.7x)", EventDisagreements.render(found).get(1));
  }

  @Test
  void aCorrectedFigureShowsAsTheLatestBelowTheHighest() {
    EventDisagreements.Found found = EventDisagreements.parse(answer(1,
        event("e3", null, "GH", "2025-05-31", "2025-06-04", 3, null, false,
            source("fire service", 11, 14, 11), source("hospital", 11, 11, 11))));
    List<String> lines = EventDisagreements.render(found);
    assertEquals("  killed in GH, incident, 2025-05-31 to 2025-06-04: 3 articles, 3 claims; sources agree", lines.get(1));
    assertEquals("    fire service 11-14 (latest 11) | hospital 11", lines.get(2));
    assertFalse(lines.stream().anyMatch(l -> l.contains("largest of")), lines.toString());
  }

  @Test
  void noEventsAndAMissingComponentAreSaidPlainly() {
    assertEquals("  none", EventDisagreements.render(EventDisagreements.parse(answer(0))).get(1));
    NamedList<Object> bare = new NamedList<>();
    bare.add("response", "nothing");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventDisagreements.parse(bare));
    assertTrue(e.getMessage().contains("claims search component"), e.getMessage());
  }
}
