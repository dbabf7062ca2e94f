package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.Utils;
import org.casualtyclaims.solr.ClaimsCorpus.Article;
import org.junit.Test;

/**
 * The claims component in one core, on the real configset: every answer is compared with {@link
 * ExpectedClaimsFacets}, computed from the generated articles without Solr.
 */
public class ClaimsSearchComponentTest extends ClaimsCoreTestCase {

  @Test
  public void testRandomRequestsMatchIndependentComputation() throws Exception {
    for (int i = 0; i < 40; i++) {
      ClaimsSpec spec = ClaimsSpec.random(random(), false);
      if (random().nextInt(6) == 0) {
        spec.facet = false;
      }
      spec.filterDocs = i % 3 == 0;
      String outlet =
          random().nextBoolean()
              ? null
              : ClaimsCorpus.OUTLETS[random().nextInt(ClaimsCorpus.OUTLETS.length)];
      ModifiableSolrParams p = articles(spec);
      if (outlet != null) {
        p.add("fq", "{!term f=outlet}" + outlet);
      }
      QueryResponse rsp = query(p);
      List<Article> selected = byOutlet(outlet);
      List<Article> hits =
          spec.filterDocs ? ExpectedClaimsFacets.withMatchingClaim(spec, selected) : selected;
      assertEquals("numFound of " + spec, hits.size(), rsp.getResults().getNumFound());
      // the facets of claims are the same whether or not the documents were filtered
      assertFacets(spec, selected, rsp);
      assertNull("no facets section of its own: " + spec, rsp.getResponse().get("facets"));
    }
  }

  @Test
  public void testMatchAllQueryIncludingClaimDocumentsFacetsTheSameClaims() throws Exception {
    ClaimsSpec spec = ClaimsSpec.random(random(), false);
    ModifiableSolrParams p = spec.params();
    p.set("q", "*:*");
    p.set("rows", "0");
    assertFacets(spec, corpus.articles, query(p));
  }

  @Test
  public void testMincountZeroListsTermsWithoutClaims() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.fields = List.of("category", "source_type", "source");
    spec.mincount = 0;
    spec.limit = -1;
    spec.categories.add("captured");
    spec.minConfidence = 0.5f;
    assertFacets(spec, corpus.articles, query(articles(spec)));
    spec.limit = 3;
    spec.sort = "index";
    assertFacets(spec, corpus.articles, query(articles(spec)));
  }

  @Test
  public void testEachParameterAlone() throws Exception {
    List<ClaimsSpec> specs = new ArrayList<>();
    specs.add(new ClaimsSpec());
    ClaimsSpec s = new ClaimsSpec();
    s.fields = List.of("source_type", "claim_category");
    specs.add(s);
    s = new ClaimsSpec();
    s.limit = 2;
    specs.add(s);
    s = new ClaimsSpec();
    s.limit = 0;
    specs.add(s);
    s = new ClaimsSpec();
    s.offset = 1;
    s.limit = 2;
    specs.add(s);
    s = new ClaimsSpec();
    s.offset = 100;
    specs.add(s);
    s = new ClaimsSpec();
    s.limit = -1;
    specs.add(s);
    s = new ClaimsSpec();
    s.mincount = 5;
    specs.add(s);
    s = new ClaimsSpec();
    s.sort = "index";
    specs.add(s);
    s = new ClaimsSpec();
    s.overrequest = 0;
    specs.add(s);
    s = new ClaimsSpec();
    s.buckets = "0,0.4,0.7,1";
    specs.add(s);
    s = new ClaimsSpec();
    s.buckets = "0.4,1";
    s.byCategory = true;
    specs.add(s);
    s = new ClaimsSpec();
    s.byCategory = true;
    specs.add(s);
    s = new ClaimsSpec();
    s.minConfidence = 0.7f;
    specs.add(s);
    s = new ClaimsSpec();
    s.categories.add("killed");
    s.categories.add("injured");
    specs.add(s);
    s = new ClaimsSpec();
    s.sources.add("South Korea's spy agency");
    s.sources.add("Ministry of Health, Gaza");
    s.sources.add("Free Army (FSA) | spokesman");
    specs.add(s);
    s = new ClaimsSpec();
    s.sourceTypes.add("official");
    specs.add(s);
    s = new ClaimsSpec();
    s.facet = false;
    s.compare = true;
    specs.add(s);
    s = new ClaimsSpec();
    s.compare = true;
    s.ratio = 4.0;
    s.compareLimit = 2;
    specs.add(s);
    for (ClaimsSpec spec : specs) {
      assertFacets(spec, corpus.articles, query(articles(spec)));
    }
  }

  @Test
  public void testFilterDocsAlone() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.facet = false;
    spec.filterDocs = true;
    spec.minConfidence = 0.7f;
    spec.sourceTypes.add("official");
    QueryResponse rsp = query(articles(spec));
    assertEquals(
        ExpectedClaimsFacets.withMatchingClaim(spec, corpus.articles).size(),
        rsp.getResults().getNumFound());
    assertNull(rsp.getResponse().get(ClaimsFacetsOutput.SECTION));
    // no filter: the articles having any claim
    spec = new ClaimsSpec();
    spec.facet = false;
    spec.filterDocs = true;
    rsp = query(articles(spec));
    assertEquals(
        corpus.articles.stream().filter(a -> !a.claims().isEmpty()).count(),
        rsp.getResults().getNumFound());
  }

  @Test
  public void testQueryParserSelectsArticlesWithAMatchingClaim() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.minConfidence = 0.7f;
    spec.categories.add("killed");
    spec.sourceTypes.add("official");
    assertParser(spec, "{!claims minConfidence=0.7 category=killed source_type=official}");

    spec = new ClaimsSpec();
    assertParser(spec, "{!claims}");

    spec = new ClaimsSpec();
    spec.sources.add("South Korea's spy agency");
    spec.sources.add("Ministry of Health, Gaza");
    assertParser(
        spec,
        "{!claims source=\"South Korea's spy agency\" source='Ministry of Health, Gaza'}");

    spec = new ClaimsSpec();
    spec.categories.add("killed");
    spec.categories.add("injured");
    spec.sources.add("Free Army (FSA) | spokesman");
    assertParser(spec, "{!claims category=KILLED,injured source=$src}", "src",
        "Free Army (FSA) | spokesman");

    for (int i = 0; i < 10; i++) {
      spec = new ClaimsSpec();
      StringBuilder local = new StringBuilder("{!claims");
      if (random().nextBoolean()) {
        spec.minConfidence = random().nextInt(11) / 10f;
        local.append(" minConfidence=").append(spec.minConfidence);
      }
      if (random().nextBoolean()) {
        spec.categories.add(ClaimsCorpus.CATEGORIES[random().nextInt(5)]);
        local.append(" category=").append(spec.categories.get(0));
      }
      if (random().nextBoolean()) {
        String[] source = ClaimsCorpus.SOURCES[random().nextInt(ClaimsCorpus.SOURCES.length)];
        spec.sources.add(source[0]);
        local.append(" source='").append(source[0].replace("'", "\\'")).append("'");
      }
      if (random().nextBoolean()) {
        spec.sourceTypes.add("official");
        local.append(" source_type=official");
      }
      assertParser(spec, local.append("}").toString());
    }
  }

  @Test
  public void testSeedArticleShowsTheDisagreement() throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "id:news-001");
    p.set(ClaimsParams.COMPARE, "true");
    QueryResponse rsp = query(p);
    Map<String, Object> section = Plain.map(rsp.getResponse().get(ClaimsFacetsOutput.SECTION));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> categories =
        (List<Map<String, Object>>) ((Map<String, Object>) section.get("compare")).get("categories");
    Map<String, Object> killed =
        categories.stream().filter(c -> c.get("category").equals("killed")).findFirst().get();
    assertEquals(Boolean.TRUE, killed.get("disagreement"));
    assertEquals(1000.0 / 300.0, (Double) killed.get("spread"), 1e-9);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sources = (List<Map<String, Object>>) killed.get("sources");
    assertEquals(2, sources.size());
    Map<String, Long> latest = new java.util.HashMap<>();
    for (Map<String, Object> source : sources) {
      latest.put((String) source.get("source"), (Long) source.get("latest"));
    }
    assertEquals(Map.of("Western officials", 1000L, "South Korea's spy agency", 300L), latest);
    Map<String, Object> injured =
        categories.stream().filter(c -> c.get("category").equals("injured")).findFirst().get();
    assertEquals(Boolean.FALSE, injured.get("disagreement"));
    // and the same with the independent computation
    ClaimsSpec spec = new ClaimsSpec();
    spec.facet = false;
    spec.compare = true;
    assertEquals(
        ExpectedClaimsFacets.compute(
            spec, List.of(ClaimsCorpus.seedArticle()), corpus.claims()),
        section);
    // a ratio above the spread of 3.3: killed is no longer a disagreement, casualties (4,000 vs
    // 790,000) still is
    p.set(ClaimsParams.COMPARE_RATIO, "3.5");
    section = Plain.map(query(p).getResponse().get(ClaimsFacetsOutput.SECTION));
    assertEquals(Boolean.FALSE, category(section, "killed").get("disagreement"));
    assertEquals(Boolean.TRUE, category(section, "casualties").get("disagreement"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> category(Map<String, Object> section, String name) {
    List<Map<String, Object>> categories =
        (List<Map<String, Object>>) ((Map<String, Object>) section.get("compare")).get("categories");
    return categories.stream().filter(c -> c.get("category").equals(name)).findFirst().get();
  }

  @Test
  public void testUsersOwnJsonFacetIsUntouched() throws Exception {
    String userFacet = "{outlets:{type:terms, field:outlet}, n:'sum(claims_count)'}";
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "doc_type:article");
    p.set("rows", "0");
    p.set("json.facet", userFacet);
    Object without = Plain.of(query(p).getResponse().get("facets"));
    assertNotNull(without);
    ClaimsSpec spec = ClaimsSpec.random(random(), false);
    spec.facet = true;
    ModifiableSolrParams withClaims = articles(spec, "json.facet", userFacet);
    QueryResponse rsp = query(withClaims);
    assertEquals(without, Plain.of(rsp.getResponse().get("facets")));
    assertFacets(spec, corpus.articles, rsp);
    // the reserved key is refused
    SolrException e =
        expectThrows(
            SolrException.class,
            () -> query(articles(new ClaimsSpec(), "json.facet", "{__claims__:{type:terms, field:outlet}}")));
    assertEquals(400, e.code());
    assertTrue(e.getMessage(), e.getMessage().contains("json.facet"));
  }

  @Test
  public void testInertWithoutClaimsParameters() throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "doc_type:article");
    QueryResponse rsp = query(p);
    assertNull(rsp.getResponse().get(ClaimsFacetsOutput.SECTION));
    assertNull(rsp.getResponse().get("facets"));
    assertEquals(corpus.articles.size(), rsp.getResults().getNumFound());
    p.set(ClaimsParams.FACET, "false");
    assertNull(query(p).getResponse().get(ClaimsFacetsOutput.SECTION));
  }

  @Test
  public void testXmlAndJsonOutput() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.buckets = "0,0.4,0.7,1";
    spec.byCategory = true;
    spec.compare = true;
    Map<String, Object> expected = ExpectedClaimsFacets.compute(spec, corpus.articles, corpus.claims());
    @SuppressWarnings("unchecked")
    Map<String, Object> top =
        (Map<String, Object>)
            ((List<?>) ((Map<String, Object>) expected.get("fields")).get("source")).get(0);
    String[] params = toArray(articles(spec));
    assertQ(
        req(params, "wt", "xml"),
        "//lst[@name='claims_facets']/long[@name='claims'][.='" + expected.get("claims") + "']",
        "//lst[@name='claims_facets']/long[@name='documents'][.='" + expected.get("documents") + "']",
        "//lst[@name='claims_facets']/lst[@name='fields']/arr[@name='source']/lst[1]/str[@name='value'][.=\""
            + top.get("value")
            + "\"]",
        "//lst[@name='claims_facets']/lst[@name='fields']/arr[@name='source']/lst[1]/long[@name='claims'][.='"
            + top.get("claims")
            + "']",
        "//lst[@name='claims_facets']/arr[@name='confidence']/lst/str[@name='range']",
        "//lst[@name='claims_facets']/lst[@name='compare']/arr[@name='categories']/lst/bool[@name='disagreement']",
        "count(//lst[@name='facets'])=0");
    String json = JQ(req(params, "wt", "json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = (Map<String, Object>) Utils.fromJSONString(json);
    @SuppressWarnings("unchecked")
    Map<String, Object> section = (Map<String, Object>) parsed.get("claims_facets");
    assertEquals(expected.get("claims"), ((Number) section.get("claims")).longValue());
    assertEquals(
        Utils.toJSONString(((Map<?, ?>) expected.get("fields")).keySet()),
        Utils.toJSONString(((Map<?, ?>) section.get("fields")).keySet()));
    assertFalse(parsed.containsKey("facets"));
  }

  private static String[] toArray(ModifiableSolrParams p) {
    List<String> out = new ArrayList<>();
    for (String name : p.getParameterNames()) {
      for (String value : p.getParams(name)) {
        out.add(name);
        out.add(value);
      }
    }
    return out.toArray(new String[0]);
  }

  @Test
  public void testDebugShowsTheJsonFacetRequest() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.minConfidence = 0.4f;
    spec.filterDocs = true;
    spec.compare = true;
    ModifiableSolrParams p = articles(spec, "debug", "true");
    QueryResponse rsp = query(p);
    @SuppressWarnings("unchecked")
    Map<String, Object> debug = (Map<String, Object>) Plain.of(rsp.getDebugMap().get("claims"));
    assertNotNull("debug.claims", debug);
    String jsonFacet = (String) debug.get("json.facet");
    assertFalse("one line, to paste as json.facet: " + jsonFacet, jsonFacet.contains("\n"));
    assertTrue(jsonFacet, jsonFacet.contains("\"blockChildren\":\"doc_type:article\""));
    assertTrue(jsonFacet, jsonFacet.contains("uniqueBlock"));
    assertTrue(jsonFacet, jsonFacet.contains("claim_confidence:[0.4 TO *]"));
    assertTrue(debug.toString(), debug.containsKey("doc_filter"));
    assertEquals(
        List.of("{!term f=doc_type}claim", "claim_confidence:[0.4 TO *]"),
        debug.get("claim_filters"));
    // the generated request, sent by hand as json.facet, gives the same counts
    ModifiableSolrParams byHand = new ModifiableSolrParams();
    byHand.set("q", "doc_type:article");
    byHand.set("rows", "0");
    byHand.set("json.facet", jsonFacet);
    Map<String, Object> hand =
        Plain.map(Plain.map(query(byHand).getResponse().get("facets")).get("__claims__"));
    Map<String, Object> section = Plain.map(rsp.getResponse().get(ClaimsFacetsOutput.SECTION));
    assertEquals(hand.get("count"), section.get("claims"));
    assertEquals(hand.get("documents"), section.get("documents"));
  }

  /** Parameter, bad value, and the name the 400's message must hold. */
  private static final String[][] BAD = {
    {ClaimsParams.FACET_FIELD, "sources", ClaimsParams.FACET_FIELD},
    {ClaimsParams.FACET_FIELD, "source,claim_via", ClaimsParams.FACET_FIELD},
    {ClaimsParams.FACET_LIMIT, "-2", ClaimsParams.FACET_LIMIT},
    {ClaimsParams.FACET_LIMIT, "ten", ClaimsParams.FACET_LIMIT},
    {ClaimsParams.FACET_LIMIT, "1.5", ClaimsParams.FACET_LIMIT},
    {ClaimsParams.FACET_OFFSET, "-1", ClaimsParams.FACET_OFFSET},
    {ClaimsParams.FACET_OFFSET, "two", ClaimsParams.FACET_OFFSET},
    {ClaimsParams.FACET_MINCOUNT, "-1", ClaimsParams.FACET_MINCOUNT},
    {ClaimsParams.FACET_MINCOUNT, "x", ClaimsParams.FACET_MINCOUNT},
    {ClaimsParams.FACET_SORT, "score", ClaimsParams.FACET_SORT},
    {ClaimsParams.FACET_SORT, "count,index", ClaimsParams.FACET_SORT},
    {ClaimsParams.FACET_OVERREQUEST, "-5", ClaimsParams.FACET_OVERREQUEST},
    {ClaimsParams.FACET_BUCKETS, "0.5", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "0,0.7,0.4,1", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "0,0.5,0.5,1", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "0,1.5", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "-0.1,1", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "0,abc,1", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "0,,", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BUCKETS, "0,NaN,1", ClaimsParams.FACET_BUCKETS},
    {ClaimsParams.FACET_BY_CATEGORY, "maybe", ClaimsParams.FACET_BY_CATEGORY},
    {ClaimsParams.FACET, "sure", ClaimsParams.FACET},
    {ClaimsParams.MIN_CONFIDENCE, "1.5", ClaimsParams.MIN_CONFIDENCE},
    {ClaimsParams.MIN_CONFIDENCE, "-0.2", ClaimsParams.MIN_CONFIDENCE},
    {ClaimsParams.MIN_CONFIDENCE, "high", ClaimsParams.MIN_CONFIDENCE},
    {ClaimsParams.MIN_CONFIDENCE, "Infinity", ClaimsParams.MIN_CONFIDENCE},
    {ClaimsParams.CATEGORY, "dead", ClaimsParams.CATEGORY},
    {ClaimsParams.CATEGORY, ",", ClaimsParams.CATEGORY},
    {ClaimsParams.SOURCE_TYPE, "officials", ClaimsParams.SOURCE_TYPE},
    {ClaimsParams.SOURCE, " ", ClaimsParams.SOURCE},
    {ClaimsParams.FILTER_DOCS, "2", ClaimsParams.FILTER_DOCS},
    {ClaimsParams.COMPARE, "yes please", ClaimsParams.COMPARE},
    {ClaimsParams.COMPARE_RATIO, "0.5", ClaimsParams.COMPARE_RATIO},
    {ClaimsParams.COMPARE_RATIO, "big", ClaimsParams.COMPARE_RATIO},
    {ClaimsParams.COMPARE_LIMIT, "-4", ClaimsParams.COMPARE_LIMIT},
    {"claims.facet.feild", "source", "claims.facet.feild"},
    {"claims.minconfidence", "0.5", "claims.minconfidence"},
  };

  @Test
  public void testBadParametersAre400sNamingTheParameter() throws Exception {
    for (String[] bad : BAD) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "doc_type:article");
      if (!bad[0].equals(ClaimsParams.FACET)) {
        p.set(ClaimsParams.FACET, "true");
      }
      p.set(bad[0], bad[1]);
      assertBadRequest(p, bad[2]);
    }
    // given twice
    ModifiableSolrParams twice = new ModifiableSolrParams();
    twice.set("q", "*:*");
    twice.set(ClaimsParams.FACET, "true");
    twice.add(ClaimsParams.FACET_LIMIT, "1");
    twice.add(ClaimsParams.FACET_LIMIT, "2");
    assertBadRequest(twice, ClaimsParams.FACET_LIMIT);
    // validated even when the facets are off
    ModifiableSolrParams off = new ModifiableSolrParams();
    off.set("q", "*:*");
    off.set(ClaimsParams.MIN_CONFIDENCE, "7");
    assertBadRequest(off, ClaimsParams.MIN_CONFIDENCE);
  }

  @Test
  public void testBadQueryParserParametersAre400s() throws Exception {
    String[][] bad = {
      {"{!claims minConfidence=1.01}", "minConfidence"},
      {"{!claims minConfidence=abc}", "minConfidence"},
      {"{!claims category=dead}", "category"},
      {"{!claims source_type=army}", "source_type"},
      {"{!claims sourcetype=official}", "sourcetype"},
      {"{!claims source=''}", "source"},
      {"{!claims}killed", "{!claims}"},
    };
    for (String[] b : bad) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      p.set("fq", b[0]);
      assertBadRequest(p, b[1]);
    }
  }
}
