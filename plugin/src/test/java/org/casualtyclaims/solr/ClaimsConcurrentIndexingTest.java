package org.casualtyclaims.solr;

import com.codahale.metrics.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.SolrNamedThreadFactory;
import org.junit.BeforeClass;
import org.junit.Test;

/** Eight threads index articles into one core at once, with commits in between: nothing is lost. */
public class ClaimsConcurrentIndexingTest extends EmbeddedCoreTestCase {
  private static final int THREADS = 8;
  private static final int DOCS_PER_THREAD = 12;

  @BeforeClass
  public static void setUpCore() throws Exception {
    startTestHomeCore();
  }

  private static long tagged() {
    Counter c =
        h.getCore().getCoreMetricManager().getRegistry().getCounters()
            .get(ClaimsMetrics.fullName(ClaimsMetrics.TAGGED));
    return c == null ? 0 : c.getCount();
  }

  @Test
  public void testEightThreadsLoseNoDocumentAndNoClaim() throws Exception {
    List<Map<String, Object>> samples = ClaimsTestSupport.sampleArticles();
    assertTrue("sample articles", samples.size() >= 40);

    // what each article must get, by the engine run directly
    Map<String, Integer> expectedClaims = new HashMap<>();
    List<List<SolrInputDocument>> work = new ArrayList<>();
    int n = 0;
    for (int t = 0; t < THREADS; t++) {
      List<SolrInputDocument> docs = new ArrayList<>();
      for (int i = 0; i < DOCS_PER_THREAD; i++) {
        Map<String, Object> sample = samples.get(n++ % samples.size());
        SolrInputDocument doc = ClaimsTestSupport.toDocument(sample);
        String id = "t" + t + "-" + i + "-" + sample.get("id");
        doc.setField("id", id);
        docs.add(doc);
        expectedClaims.put(
            id,
            ClaimsTestSupport.expected(sample)
                .size());
      }
      work.add(docs);
    }
    int total = THREADS * DOCS_PER_THREAD;
    int totalClaims = expectedClaims.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue("the samples hold claims", totalClaims > total);
    long taggedBefore = tagged();

    ExecutorService pool =
        ExecutorUtil.newMDCAwareFixedThreadPool(THREADS + 1,
            new SolrNamedThreadFactory("claims-indexer"));
    CyclicBarrier start = new CyclicBarrier(THREADS + 1);
    AtomicBoolean indexing = new AtomicBoolean(true);
    try {
      List<Future<?>> indexers = new ArrayList<>();
      for (List<SolrInputDocument> docs : work) {
        indexers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < docs.size(); i++) {
            if (i % 3 == 0 && i + 1 < docs.size()) {
              client.add(List.of(docs.get(i), docs.get(i + 1))); // a batch of two
              i++;
            } else {
              client.add(docs.get(i));
            }
          }
          return null;
        }));
      }
      Future<?> committer = pool.submit(() -> {
        start.await();
        while (indexing.get()) {
          client.commit(true, true, true); // soft commits while the others index
          Thread.sleep(20);
        }
        return null;
      });
      for (Future<?> f : indexers) {
        f.get(120, TimeUnit.SECONDS);
      }
      indexing.set(false);
      committer.get(30, TimeUnit.SECONDS);
    } finally {
      indexing.set(false);
      ExecutorUtil.shutdownAndAwaitTermination(pool);
    }
    client.commit();

    assertEquals("extraction ran once per document", taggedBefore + total, tagged());
    assertEquals(total,
        client.query(params("q", "doc_type:article", "rows", "0")).getResults().getNumFound());
    assertEquals(totalClaims,
        client.query(params("q", "doc_type:claim", "rows", "0")).getResults().getNumFound());

    List<SolrDocument> claims =
        client.query(params("q", "doc_type:claim", "fl", "id,claim_article", "rows",
            String.valueOf(totalClaims))).getResults();
    Map<String, Set<String>> byArticle = new HashMap<>();
    for (SolrDocument c : claims) {
      byArticle.computeIfAbsent((String) c.getFieldValue("claim_article"), k -> new HashSet<>())
          .add((String) c.getFieldValue("id"));
    }
    for (Map.Entry<String, Integer> e : expectedClaims.entrySet()) {
      Set<String> ids = new HashSet<>();
      for (int i = 1; i <= e.getValue(); i++) {
        ids.add(e.getKey() + "::claim-" + i);
      }
      assertEquals(e.getKey(), ids, byArticle.getOrDefault(e.getKey(), Set.of()));
    }
    List<SolrDocument> parents =
        client.query(params("q", "doc_type:article", "fl", "id,claims_count,claims_status",
            "rows", String.valueOf(total))).getResults();
    for (SolrDocument p : parents) {
      int expected = expectedClaims.get((String) p.getFieldValue("id"));
      assertEquals(p.getFieldValue("id").toString(), expected, p.getFieldValue("claims_count"));
      assertEquals(expected == 0 ? "none" : "ok", p.getFieldValue("claims_status"));
    }
  }
}
