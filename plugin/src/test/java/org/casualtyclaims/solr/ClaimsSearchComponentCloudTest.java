package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.casualtyclaims.solr.ClaimsCorpus.Article;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The claims component in SolrCloud: the same articles in a 1-shard, a 2-shard (with two replicas
 * each) and a 3-shard collection give exactly the claims_facets of the independent computation,
 * including with shards.tolerant=true when a shard fails. The claims' events (countries, places,
 * coordinates, dates, scopes) are spread over the shards with their articles.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsSearchComponentCloudTest extends SolrCloudTestCase {
  private static final String[] COLLECTIONS = {"claims1", "claims2", "claims3"};
  private static ClaimsCorpus corpus;

  @BeforeClass
  public static void setUpCluster() throws Exception {
    System.setProperty("solr.directoryFactory", "org.apache.solr.core.MockDirectoryFactory");
    ignoreException("Bad parameter");
    ignoreException("no_such_core");
    configureCluster(2).addConfig("claims", ClaimsTestSupport.configset()).configure();
    ClaimsCorpus random = ClaimsCorpus.random(random(), 80 + random().nextInt(40), "c-");
    List<Article> articles = new ArrayList<>(random.articles);
    articles.add(ClaimsCorpus.seedArticle());
    corpus = new ClaimsCorpus(articles);
    for (int shards = 1; shards <= 3; shards++) {
      String name = COLLECTIONS[shards - 1];
      // two replicas of each of two shards: requests go to either, and must not tell them apart
      int replicas = shards == 2 ? 2 : 1;
      CollectionAdminRequest.createCollection(name, "claims", shards, replicas)
          .process(cluster.getSolrClient());
      cluster.waitForActiveCollection(name, shards, shards * replicas);
      ClaimsTestSupport.addPreextracted(cluster.getSolrClient(), name, corpus.toSolr());
      cluster.getSolrClient().commit(name);
    }
  }

  @AfterClass
  public static void tearDownCorpus() {
    corpus = null;
  }

  private static QueryResponse query(String collection, ModifiableSolrParams params)
      throws Exception {
    return cluster.getSolrClient().query(collection, params);
  }

  @Test
  public void testShardedOutputEqualsTheIndependentComputation() throws Exception {
    for (int i = 0; i < 12; i++) {
      ClaimsSpec spec = ClaimsSpec.random(random(), true);
      spec.filterDocs = i % 3 == 0;
      String outlet =
          random().nextBoolean()
              ? null
              : ClaimsCorpus.OUTLETS[random().nextInt(ClaimsCorpus.OUTLETS.length)];
      ModifiableSolrParams p = spec.params();
      p.set("q", "doc_type:article");
      p.set("rows", String.valueOf(random().nextInt(3)));
      if (outlet != null) {
        p.add("fq", "{!term f=outlet}" + outlet);
      }
      if (random().nextBoolean()) {
        // tolerant requests skip refinement (see ClaimsJsonFacet): still exact
        p.set("shards.tolerant", "true");
      }
      List<Article> selected = new ArrayList<>();
      for (Article a : corpus.articles) {
        if (outlet == null || a.outlet().equals(outlet)) {
          selected.add(a);
        }
      }
      Map<String, Object> expected =
          ExpectedClaimsFacets.compute(spec, selected, corpus.claims());
      long hits =
          spec.filterDocs
              ? ExpectedClaimsFacets.withMatchingClaim(spec, selected).size()
              : selected.size();
      for (String collection : COLLECTIONS) {
        QueryResponse rsp = query(collection, p);
        assertEquals(collection + " numFound " + spec, hits, rsp.getResults().getNumFound());
        assertEquals(
            collection + " " + spec,
            expected,
            Plain.map(rsp.getResponse().get(ClaimsFacetsOutput.SECTION)));
        assertNull(rsp.getResponse().get("facets"));
        assertNull(rsp.getHeader().get("partialResults"));
      }
    }
  }

  @Test
  public void testSeedArticleDisagreementAcrossShards() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.facet = false;
    spec.compare = true;
    ModifiableSolrParams p = spec.params();
    p.set("q", "doc_type:article");
    p.add("fq", "id:news-001");
    Map<String, Object> expected =
        ExpectedClaimsFacets.compute(spec, List.of(ClaimsCorpus.seedArticle()), corpus.claims());
    assertTrue(expected.toString(), expected.toString().contains("disagreement=true"));
    for (String collection : COLLECTIONS) {
      assertEquals(
          collection,
          expected,
          Plain.map(query(collection, p).getResponse().get(ClaimsFacetsOutput.SECTION)));
    }
  }

  @Test
  public void testQueryParserAcrossShards() throws Exception {
    ClaimsSpec spec = new ClaimsSpec();
    spec.minConfidence = 0.7f;
    spec.categories.add("killed");
    spec.sourceTypes.add("official");
    Set<String> expected = new HashSet<>();
    for (Article a : ExpectedClaimsFacets.withMatchingClaim(spec, corpus.articles)) {
      expected.add(a.id());
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", "{!claims minConfidence=0.7 category=killed source_type=official}");
    p.set("fl", "id");
    p.set("rows", "1000");
    for (String collection : COLLECTIONS) {
      Set<String> actual = new HashSet<>();
      query(collection, p).getResults().forEach(d -> actual.add((String) d.getFieldValue("id")));
      assertEquals(collection, expected, actual);
    }
  }

  @Test
  public void testEventFiltersAndFacetsAcrossShards() throws Exception {
    for (int i = 0; i < 6; i++) {
      ClaimsSpec spec = new ClaimsSpec();
      spec.fields = List.of("country", "region", "place", "scope");
      spec.limit = -1;
      while (spec.countries.isEmpty() && spec.scopes.isEmpty() && spec.places.isEmpty()
          && spec.nearLat == null && spec.from == null && spec.to == null) {
        ClaimsSpec.addRandomEventConditions(random(), spec);
      }
      ModifiableSolrParams p = spec.params();
      p.set("q", "doc_type:article");
      p.set("rows", "0");
      Map<String, Object> expected =
          ExpectedClaimsFacets.compute(spec, corpus.articles, corpus.claims());
      Set<String> matching = new HashSet<>();
      ExpectedClaimsFacets.withMatchingClaim(spec, corpus.articles).forEach(a -> matching.add(a.id()));
      ModifiableSolrParams ids = new ModifiableSolrParams();
      ids.set("q", "*:*");
      ids.set("fq", spec.eventQueryParser());
      ids.set("fl", "id");
      ids.set("rows", "1000");
      for (String collection : COLLECTIONS) {
        assertEquals(
            collection + " " + spec,
            expected,
            Plain.map(query(collection, p).getResponse().get(ClaimsFacetsOutput.SECTION)));
        Set<String> actual = new HashSet<>();
        query(collection, ids).getResults().forEach(d -> actual.add((String) d.getFieldValue("id")));
        assertEquals(collection + " " + ids, matching, actual);
      }
    }
  }

  @Test
  public void testDebugAndErrorsThroughTheCoordinator() throws Exception {
    ModifiableSolrParams p = new ClaimsSpec().params();
    p.set("q", "doc_type:article");
    p.set("debug", "true");
    QueryResponse rsp = query("claims3", p);
    Object debug = rsp.getDebugMap().get("claims");
    assertNotNull(debug);
    assertTrue(debug.toString(), debug.toString().contains("blockChildren"));
    // one entry, from the coordinator, not one per shard
    assertFalse(debug instanceof List);

    // a user's own json.facet comes back as without claims.facet
    String userFacet = "{outlets:{type:terms, field:outlet, limit:2}, n:'sum(claims_count)'}";
    ModifiableSolrParams plain = new ModifiableSolrParams();
    plain.set("q", "doc_type:article");
    plain.set("rows", "0");
    plain.set("json.facet", userFacet);
    ModifiableSolrParams withClaims = new ModifiableSolrParams(plain);
    withClaims.add(new ClaimsSpec().params());
    for (String collection : COLLECTIONS) {
      Object expected = Plain.of(query(collection, plain).getResponse().get("facets"));
      QueryResponse both = query(collection, withClaims);
      assertEquals(collection, expected, Plain.of(both.getResponse().get("facets")));
      assertNotNull(both.getResponse().get(ClaimsFacetsOutput.SECTION));
    }

    ModifiableSolrParams bad = new ModifiableSolrParams();
    bad.set("q", "*:*");
    bad.set(ClaimsParams.FACET, "true");
    bad.set(ClaimsParams.FACET_BUCKETS, "0,0.9,0.3");
    SolrException e = expectThrows(SolrException.class, () -> query("claims2", bad));
    assertEquals(400, e.code());
    assertTrue(e.getMessage(), e.getMessage().contains(ClaimsParams.FACET_BUCKETS));
  }

  @Test
  public void testShardsTolerantFlagsPartialResults() throws Exception {
    DocCollection collection =
        cluster.getSolrClient().getClusterState().getCollection("claims3");
    List<Slice> slices = new ArrayList<>(collection.getSlices());
    slices.sort(Comparator.comparing(Slice::getName));
    Slice failing = slices.get(random().nextInt(slices.size()));
    List<String> shards = new ArrayList<>();
    Set<String> live = new HashSet<>();
    for (Slice slice : slices) {
      String coreUrl = slice.getLeader().getCoreUrl();
      if (slice == failing) {
        // a live node, but no such core: this shard answers with an error
        shards.add(slice.getLeader().getBaseUrl() + "/claims3_no_such_core");
        continue;
      }
      shards.add(coreUrl);
      ModifiableSolrParams ids = new ModifiableSolrParams();
      ids.set("q", "doc_type:article");
      ids.set("fl", "id");
      ids.set("rows", "1000");
      ids.set("shards", coreUrl);
      query("claims3", ids).getResults().forEach(d -> live.add((String) d.getFieldValue("id")));
    }
    List<Article> answered = new ArrayList<>();
    for (Article a : corpus.articles) {
      if (live.contains(a.id())) {
        answered.add(a);
      }
    }
    assertTrue("some articles on the answering shards", !answered.isEmpty());
    assertTrue("some articles on the failing shard", answered.size() < corpus.articles.size());

    ClaimsSpec spec = ClaimsSpec.random(random(), true);
    spec.facet = true;
    ModifiableSolrParams p = spec.params();
    p.set("q", "doc_type:article");
    p.set("shards", String.join(",", shards));
    p.set("shards.tolerant", "true");
    QueryResponse rsp = query("claims3", p);
    assertEquals(Boolean.TRUE, rsp.getHeader().get("partialResults"));
    Map<String, Object> expected = ExpectedClaimsFacets.compute(spec, answered, corpus.claims());
    expected.put("partial", true);
    assertEquals(
        spec.toString(), expected, Plain.map(rsp.getResponse().get(ClaimsFacetsOutput.SECTION)));

    // without shards.tolerant the failing shard fails the request (the client, having tried
    // every node, reports it as a SolrServerException)
    p.remove("shards.tolerant");
    expectThrows(Exception.class, () -> query("claims3", p));
  }
}
