package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.casualtyclaims.solr.ClaimsCorpus.Article;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * A core of the real configset holding random articles and the seed article, indexed with their
 * claims through the preextracted chain, and the checks the claims component's tests share: each
 * answer against {@link ExpectedClaimsFacets}, computed from the same articles without Solr.
 */
public abstract class ClaimsCoreTestCase extends EmbeddedCoreTestCase {
  static ClaimsCorpus corpus;

  @BeforeClass
  public static void setUpCore() throws Exception {
    // the 400s the error tests provoke are expected: keep them out of the log
    ignoreException("Bad parameter");
    startCore("claims-home");
    ClaimsCorpus random = ClaimsCorpus.random(random(), 60 + random().nextInt(40), "a-");
    List<Article> articles = new ArrayList<>(random.articles);
    articles.add(ClaimsCorpus.seedArticle());
    corpus = new ClaimsCorpus(articles);
    ClaimsTestSupport.addPreextracted(client, null, corpus.toSolr());
    client.commit();
  }

  @AfterClass
  public static void tearDownClient() {
    corpus = null;
  }

  static QueryResponse query(ModifiableSolrParams params) throws Exception {
    return client.query(params);
  }

  static ModifiableSolrParams articles(ClaimsSpec spec, String... more) {
    ModifiableSolrParams p = spec.params();
    p.set("q", "doc_type:article");
    p.set("rows", "0");
    for (int i = 0; i + 1 < more.length; i += 2) {
      p.add(more[i], more[i + 1]);
    }
    return p;
  }

  static List<Article> byOutlet(String outlet) {
    List<Article> out = new ArrayList<>();
    for (Article a : corpus.articles) {
      if (outlet == null || a.outlet().equals(outlet)) {
        out.add(a);
      }
    }
    return out;
  }

  static void assertFacets(ClaimsSpec spec, List<Article> selected, QueryResponse rsp) {
    Object section = rsp.getResponse().get(ClaimsFacetsOutput.SECTION);
    if (!spec.facet && !spec.compare) {
      assertNull("no claims_facets without claims.facet/compare: " + spec, section);
      return;
    }
    assertNotNull("claims_facets for " + spec, section);
    Map<String, Object> expected = ExpectedClaimsFacets.compute(spec, selected, corpus.claims());
    assertEquals("request " + spec, expected, Plain.map(section));
  }

  static void assertParser(ClaimsSpec spec, String fq, String... more) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fq", fq);
    p.set("rows", "1000");
    p.set("fl", "id");
    for (int i = 0; i + 1 < more.length; i += 2) {
      p.set(more[i], more[i + 1]);
    }
    QueryResponse rsp = query(p);
    List<String> expected = new ArrayList<>();
    for (Article a : ExpectedClaimsFacets.withMatchingClaim(spec, corpus.articles)) {
      expected.add(a.id());
    }
    List<String> actual = new ArrayList<>();
    rsp.getResults().forEach(d -> actual.add((String) d.getFieldValue("id")));
    expected.sort(null);
    actual.sort(null);
    assertEquals(fq, expected, actual);
  }

  static void assertBadRequest(ModifiableSolrParams p, String name) {
    SolrException e = expectThrows(SolrException.class, () -> query(p));
    assertEquals(p + ": " + e.getMessage(), 400, e.code());
    assertTrue(p + " message names " + name + ": " + e.getMessage(), e.getMessage().contains(name));
  }
}
