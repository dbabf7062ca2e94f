package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.util.RefCounted;
import org.casualtyclaims.solr.ClaimsCorpus.Article;
import org.casualtyclaims.solr.ClaimsCorpus.Claim;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Article counts ({@code documents}) of claims.facet in an index of many segments, where the
 * same local document number holds a parent in several segments.
 *
 * <p>Found by {@link ClaimsFaultToleranceCloudTest}: a replica that recovered by replication had
 * another segment layout than its peer, and one source's {@code documents} came out one short on
 * it. Solr 9.10's {@code uniqueBlock({!v=...})} (UniqueBlockQueryAgg) dedups articles by the
 * segment-local document number of their parent and does not reset between segments, so an
 * article whose parent has the same local number as the previous article of the bucket, in the
 * previous segment, is not counted. The component counts {@code uniqueBlock(_root_)}: the
 * top-level ordinal of the block's root, unique across segments.
 */
public class ClaimsFacetSegmentsTest extends EmbeddedCoreTestCase {
  private static List<Article> articles;

  @BeforeClass
  public static void setUpCore() throws Exception {
    startCore("claims-segments");

    // one segment per commit, each holding one article with one claim by the same source: its
    // parent is document 1 of every segment
    articles = new ArrayList<>();
    long published = 1_700_000_000_000L;
    for (int s = 0; s < 6; s++) {
      String id = "seg-" + s;
      Article a =
          new Article(id, "Example Wire", published,
              List.of(new Claim(id + "-c0", id, "killed", 10 + s, "Red Cross", "international",
                  0.8f, "high", false, published, ClaimsCorpus.Event.NONE)));
      articles.add(a);
      ClaimsTestSupport.addPreextracted(client, null, List.of(ClaimsCorpus.toSolr(a)));
      client.commit();
    }
  }

  @AfterClass
  public static void tearDownClient() {
    articles = null;
  }

  @Test
  public void testArticlesAreCountedOnceEachAcrossSegments() throws Exception {
    RefCounted<SolrIndexSearcher> searcher = h.getCore().getSearcher();
    try {
      assertEquals("one segment per article",
          articles.size(), searcher.get().getIndexReader().leaves().size());
    } finally {
      searcher.decref();
    }
    ClaimsSpec spec = new ClaimsSpec();
    spec.fields = List.of("source", "category");
    spec.buckets = "0,0.5,1";
    spec.compare = true;
    ModifiableSolrParams p = spec.params();
    p.set("q", "doc_type:article");
    p.set("rows", "0");
    List<Claim> universe = new ArrayList<>();
    articles.forEach(a -> universe.addAll(a.claims()));
    Map<String, Object> expected = ExpectedClaimsFacets.compute(spec, articles, universe);
    assertTrue(expected.toString(), expected.toString().contains("documents=6"));
    assertEquals(
        expected, Plain.map(client.query(p).getResponse().get(ClaimsFacetsOutput.SECTION)));
  }
}
