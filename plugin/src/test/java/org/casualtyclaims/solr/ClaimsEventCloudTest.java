package org.casualtyclaims.solr;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Compare by event and the timeline in SolrCloud: {@link EventStories} in a 2-shard collection
 * with two replicas of each shard, where the sinking's articles sit on both shards, answer exactly
 * as in a 1-shard collection, with and without shards.tolerant: pages (also an empty one, which
 * needs no second pass), filters (which the second pass's shard requests carry) and claims.facet
 * beside it.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsEventCloudTest extends SolrCloudTestCase {
  private static final String SINGLE = "events1";
  private static final String SHARDED = "events2";

  @BeforeClass
  public static void setUpCluster() throws Exception {
    System.setProperty("solr.directoryFactory", "org.apache.solr.core.MockDirectoryFactory");
    configureCluster(2).addConfig("claims", ClaimsTestSupport.configset()).configure();
    CollectionAdminRequest.createCollection(SINGLE, "claims", 1, 1)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(SINGLE, 1, 1);
    CollectionAdminRequest.createCollection(SHARDED, "claims", 2, 2)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(SHARDED, 2, 4);
    for (String collection : List.of(SINGLE, SHARDED)) {
      ClaimsTestSupport.addPreextracted(
          cluster.getSolrClient(), collection, EventStories.documents());
      cluster.getSolrClient().commit(collection);
    }
  }

  @Test
  public void testTheSinkingIsSplitOverBothShards() throws Exception {
    Set<String> shardsHolding = new HashSet<>();
    for (Slice slice : getCollectionState(SHARDED).getSlices()) {
      Replica replica = slice.getLeader();
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "{!terms f=id}" + String.join(",", EventStories.SINKING));
      p.set("distrib", "false");
      try (SolrClient core = getHttpSolrClient(replica.getBaseUrl(), replica.getCoreName())) {
        if (core.query(p).getResults().getNumFound() > 0) {
          shardsHolding.add(slice.getName());
        }
      }
    }
    assertEquals("the test's premise: one event's articles on different shards",
        2, shardsHolding.size());
  }

  @Test
  public void testCompareByEventEqualsTheSingleShardAnswer() throws Exception {
    for (String[] extra : new String[][] {
        {}, {"shards.tolerant", "true"}, {"claims.compare.limit", "2", "claims.compare.offset", "1"},
        {"claims.compare.window", "40"}, {"claims.compare.limit", "-1"},
        {"claims.compare.offset", "9"}, {"fq", "outlet:fjord", "claims.source", "Police"},
        {"claims.facet", "true", "claims.compare.limit", "1"}}) {
      ModifiableSolrParams p = ClaimsEventCompareTest.articleParams(
          "claims.compare", "true", "claims.compare.by", "event");
      for (int i = 0; i + 1 < extra.length; i += 2) {
        p.set(extra[i], extra[i + 1]);
      }
      Map<String, Object> single = ClaimsEventCompareTest.section(cluster.getSolrClient(), SINGLE, p);
      assertNotNull(single.get("compare"));
      for (int round = 0; round < 3; round++) {
        // either replica of each shard may answer: all must agree
        assertEquals(p.toString(), single,
            ClaimsEventCompareTest.section(cluster.getSolrClient(), SHARDED, p));
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  public void testTimelineEqualsTheSingleShardAnswer() throws Exception {
    Map<String, Object> compare = (Map<String, Object>) ClaimsEventCompareTest.section(
        cluster.getSolrClient(), SINGLE,
        ClaimsEventCompareTest.articleParams("claims.compare", "true", "claims.compare.by", "event"))
        .get("compare");
    for (Map<String, Object> event : (List<Map<String, Object>>) compare.get("events")) {
      ModifiableSolrParams p =
          ClaimsEventCompareTest.articleParams("claims.timeline", (String) event.get("id"));
      Map<String, Object> single = ClaimsEventCompareTest.section(cluster.getSolrClient(), SINGLE, p);
      assertEquals(true, ((Map<String, Object>) single.get("timeline")).get("found"));
      assertEquals(p.toString(), single,
          ClaimsEventCompareTest.section(cluster.getSolrClient(), SHARDED, p));
    }
  }
}
