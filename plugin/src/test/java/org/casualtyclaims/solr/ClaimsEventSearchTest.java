package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.Test;

/**
 * The claims' events in the claims component and the query parser, in one core: facets by country,
 * region, place and scope, and filters by country, scope, place, distance and event date, each
 * compared with {@link ExpectedClaimsFacets}; every malformed value a 400 naming its parameter.
 */
public class ClaimsEventSearchTest extends ClaimsCoreTestCase {

  @Test
  public void testEachEventParameterAlone() throws Exception {
    List<ClaimsSpec> specs = new ArrayList<>();
    ClaimsSpec s = new ClaimsSpec();
    s.fields = List.of("country", "region", "place", "scope");
    s.limit = -1;
    specs.add(s);
    s = new ClaimsSpec();
    s.fields = List.of("claim_place_name", "claim_country");
    s.sort = "index";
    s.mincount = 0;
    s.limit = -1;
    specs.add(s);
    s = new ClaimsSpec();
    s.countries.add("ua");
    s.countries.add("RU");
    specs.add(s);
    s = new ClaimsSpec();
    s.scopes.add("INCIDENT");
    specs.add(s);
    s = new ClaimsSpec();
    s.places.add("Kursk Oblast");
    s.places.add("Khan Yunis");
    specs.add(s);
    s = new ClaimsSpec();
    s.nearLat = 51.73;
    s.nearLon = 36.19;
    s.km = 120;
    specs.add(s);
    s = new ClaimsSpec();
    s.from = ClaimsCorpus.FIRST_EVENT.plusDays(30);
    specs.add(s);
    s = new ClaimsSpec();
    s.to = ClaimsCorpus.FIRST_EVENT.plusDays(20);
    specs.add(s);
    s = new ClaimsSpec();
    s.from = ClaimsCorpus.FIRST_EVENT.plusDays(50);
    s.to = ClaimsCorpus.FIRST_EVENT.plusDays(50);
    specs.add(s);
    for (ClaimsSpec spec : specs) {
      assertFacets(spec, corpus.articles, query(articles(spec)));
    }
  }

  @Test
  public void testRandomEventConditionsMatchIndependentComputation() throws Exception {
    for (int i = 0; i < 20; i++) {
      ClaimsSpec spec = new ClaimsSpec();
      spec.fields = List.of("country", "region", "place", "scope");
      spec.filterDocs = random().nextBoolean();
      ClaimsSpec.addRandomEventConditions(random(), spec);
      QueryResponse rsp = query(articles(spec));
      List<ClaimsCorpus.Article> hits =
          spec.filterDocs
              ? ExpectedClaimsFacets.withMatchingClaim(spec, corpus.articles)
              : corpus.articles;
      assertEquals("numFound of " + spec, hits.size(), rsp.getResults().getNumFound());
      assertFacets(spec, corpus.articles, rsp);
    }
  }

  @Test
  public void testQueryParserSelectsByTheEvent() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.countries.add("RU");
    spec.scopes.add("incident");
    assertParser(spec, "{!claims country=ru scope=incident}");

    spec = new ClaimsSpec();
    spec.countries.add("UA");
    spec.countries.add("PS");
    spec.places.add("Khan Yunis");
    spec.places.add("Kyiv");
    assertParser(spec, "{!claims country=UA,ps place='Khan Yunis' place=Kyiv}");

    // around Kursk: Sudzha (88 km) in, Kharkiv (194 km) out
    spec = new ClaimsSpec();
    spec.nearLat = 51.73;
    spec.nearLon = 36.19;
    spec.km = 120;
    assertParser(spec, "{!claims near=51.73,36.19 km=120}");
    assertTrue("some claims near Kursk but not all",
        !ExpectedClaimsFacets.withMatchingClaim(spec, corpus.articles).isEmpty());

    // across the antimeridian: Apia (1,152 km from Suva) in
    spec = new ClaimsSpec();
    spec.nearLat = -18.14;
    spec.nearLon = 178.44;
    spec.km = 1500;
    assertParser(spec, "{!claims near=$pt km=1500}", "pt", "-18.14,178.44");

    spec = new ClaimsSpec();
    spec.from = ClaimsCorpus.FIRST_EVENT.plusDays(10);
    spec.to = ClaimsCorpus.FIRST_EVENT.plusDays(24);
    spec.scopes.add("cumulative");
    assertParser(spec, "{!claims from=" + spec.from + " to=" + spec.to + " scope=cumulative}");

    for (int i = 0; i < 12; i++) {
      spec = new ClaimsSpec();
      ClaimsSpec.addRandomEventConditions(random(), spec);
      assertParser(spec, spec.eventQueryParser());
    }
  }

  @Test
  public void testEventFacetsOfTheSeedArticle() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.fields = List.of("country", "place", "scope");
    ModifiableSolrParams p = spec.params();
    p.set("q", "id:news-001");
    Map<String, Object> section = Plain.map(query(p).getResponse().get(ClaimsFacetsOutput.SECTION));
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> fields =
        (Map<String, List<Map<String, Object>>>) (Map<?, ?>) section.get("fields");
    assertEquals(List.of("RU", "UA"), values(fields.get("country")));
    assertEquals(5L, fields.get("country").get(0).get("claims"));
    assertEquals(List.of("Kursk Oblast", "Ukraine"), values(fields.get("place")));
    assertEquals(List.of("cumulative", "incident"), values(fields.get("scope")));
    assertEquals(5L, fields.get("scope").get(0).get("claims"));
    // the Ministry's estimate is the one cumulative figure from Ukraine's war
    p.set(ClaimsParams.COUNTRY, "ua");
    p.set(ClaimsParams.SCOPE, "cumulative");
    section = Plain.map(query(p).getResponse().get(ClaimsFacetsOutput.SECTION));
    assertEquals(1L, section.get("claims"));
    assertEquals(790000L, section.get("max"));
  }

  private static List<Object> values(List<Map<String, Object>> buckets) {
    List<Object> out = new ArrayList<>();
    buckets.forEach(b -> out.add(b.get("value")));
    return out;
  }

  /** Parameter, bad value, and the name the 400's message must hold. */
  private static final String[][] BAD = {
    {ClaimsParams.COUNTRY, "Russia", ClaimsParams.COUNTRY},
    {ClaimsParams.COUNTRY, "U", ClaimsParams.COUNTRY},
    {ClaimsParams.COUNTRY, "u1", ClaimsParams.COUNTRY},
    {ClaimsParams.COUNTRY, "ÜA", ClaimsParams.COUNTRY},
    {ClaimsParams.COUNTRY, ",", ClaimsParams.COUNTRY},
    {ClaimsParams.SCOPE, "battle", ClaimsParams.SCOPE},
    {ClaimsParams.PLACE, "  ", ClaimsParams.PLACE},
    {ClaimsParams.NEAR, "51.7", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "51.7,36.2,0", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "north,east", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "91,36.2", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "-90.5,36.2", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "51.7,180.01", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "NaN,1", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "", ClaimsParams.NEAR},
    {ClaimsParams.NEAR, "51.7,36.2", ClaimsParams.KM},
    {ClaimsParams.KM, "50", ClaimsParams.NEAR},
    {ClaimsParams.KM, "0", ClaimsParams.KM},
    {ClaimsParams.KM, "-5", ClaimsParams.KM},
    {ClaimsParams.KM, "25000", ClaimsParams.KM},
    {ClaimsParams.KM, "far", ClaimsParams.KM},
    {ClaimsParams.FROM, "2024-13-01", ClaimsParams.FROM},
    {ClaimsParams.FROM, "01/02/2024", ClaimsParams.FROM},
    {ClaimsParams.FROM, "2024-01-01T00:00:00Z", ClaimsParams.FROM},
    {ClaimsParams.FROM, "+10000-01-01", ClaimsParams.FROM},
    {ClaimsParams.TO, "yesterday", ClaimsParams.TO},
    {ClaimsParams.TO, "2024-02-30", ClaimsParams.TO},
  };

  @Test
  public void testBadEventParametersAre400sNamingTheParameter() throws Exception {
    for (String[] bad : BAD) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "doc_type:article");
      p.set(ClaimsParams.FACET, "true");
      p.set(bad[0], bad[1]);
      assertBadRequest(p, bad[2]);
    }
    // a malformed value is named even when its partner is missing, and a range runs forwards
    String[][] pairs = {
      {ClaimsParams.NEAR, "95,10", ClaimsParams.KM, "50", ClaimsParams.NEAR},
      {ClaimsParams.NEAR, "50,10", ClaimsParams.KM, "0.0", ClaimsParams.KM},
      {ClaimsParams.FROM, "2024-02-01", ClaimsParams.TO, "2024-01-31", ClaimsParams.TO},
    };
    for (String[] pair : pairs) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      p.set(ClaimsParams.FACET, "true");
      p.set(pair[0], pair[1]);
      p.set(pair[2], pair[3]);
      assertBadRequest(p, pair[4]);
    }
  }

  @Test
  public void testBadEventQueryParserParametersAre400s() throws Exception {
    String[][] bad = {
      {"{!claims country=RUS}", "country"},
      {"{!claims country=''}", "country"},
      {"{!claims scope=war}", "scope"},
      {"{!claims place=''}", "place"},
      {"{!claims near=51.7,36.2}", "km"},
      {"{!claims km=50}", "near"},
      {"{!claims near=51.7;36.2 km=50}", "near"},
      {"{!claims near=51.7,200 km=50}", "near"},
      {"{!claims near=51.7,36.2 km=-1}", "km"},
      {"{!claims near=51.7,36.2 km=1e9}", "km"},
      {"{!claims from=2024-1-1}", "from"},
      {"{!claims to=2024-01-32}", "to"},
      {"{!claims from=2024-03-01 to=2024-02-01}", "to"},
      {"{!claims radius=50}", "radius"},
    };
    for (String[] b : bad) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      p.set("fq", b[0]);
      assertBadRequest(p, b[1]);
    }
  }
}
