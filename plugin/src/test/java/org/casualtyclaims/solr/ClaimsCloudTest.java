package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.embedded.JettySolrRunner;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimJson;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The claims processor in SolrCloud: 2 shards x 2 replicas on two of three nodes, the configset
 * in ZooKeeper. Updates sent to a shard leader, to a replica that is not a leader and to the node
 * that holds no replica all end up, with the same claims, on every replica, and each article is
 * read by the extractor exactly once.
 */
public class ClaimsCloudTest extends SolrCloudTestCase {
  private static final String COLLECTION = "articles";
  private static final String CONFIG = "claims";

  private static SolrClient leaderClient;
  private static SolrClient nonLeaderClient;
  private static SolrClient noReplicaClient;

  @BeforeClass
  public static void startCluster() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    System.setProperty("metricsEnabled", "true"); // the test cluster's solr.xml turns them off
    configureCluster(3).addConfig(CONFIG, ClaimsTestSupport.conf()).configure();
    List<JettySolrRunner> nodes = cluster.getJettySolrRunners();
    String holders = nodes.get(0).getNodeName() + "," + nodes.get(1).getNodeName();
    CollectionAdminRequest.createCollection(COLLECTION, CONFIG, 2, 2)
        .setCreateNodeSet(holders)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);

    DocCollection collection = getCollectionState(COLLECTION);
    Replica leader = collection.getSlice("shard1").getLeader();
    Replica nonLeader = null;
    for (Replica r : collection.getSlice("shard2").getReplicas()) {
      if (!r.getName().equals(collection.getSlice("shard2").getLeader().getName())) {
        nonLeader = r;
      }
    }
    assertNotNull("shard2 has a replica that does not lead", nonLeader);
    JettySolrRunner bare = nodes.get(2);
    for (Replica r : collection.getReplicas()) {
      assertNotEquals("the third node holds no replica", bare.getNodeName(), r.getNodeName());
    }
    leaderClient = getHttpSolrClient(leader.getBaseUrl(), leader.getCoreName());
    nonLeaderClient = getHttpSolrClient(nonLeader.getBaseUrl(), nonLeader.getCoreName());
    noReplicaClient = getHttpSolrClient(bare.getBaseUrl().toString(), COLLECTION);
  }

  @AfterClass
  public static void closeClients() throws Exception {
    for (SolrClient c : List.of(leaderClient, nonLeaderClient, noReplicaClient)) {
      c.close();
    }
    leaderClient = nonLeaderClient = noReplicaClient = null;
  }

  /** Every document of one core, by id, with the fields the processor writes. */
  private static Map<String, Map<String, Object>> coreContents(Replica replica) throws Exception {
    try (SolrClient core = getHttpSolrClient(replica)) {
      List<SolrDocument> docs =
          core.query(params("q", "*:*", "distrib", "false", "rows", "10000", "fl",
              "id,doc_type,claims_count,claims_status,claims_json,claims_sources,claim_article,"
                  + "claim_category,claim_count,claim_source,claim_confidence_label,"
                  + "claim_evidence,tags"))
              .getResults();
      Map<String, Map<String, Object>> byId = new TreeMap<>();
      for (SolrDocument d : docs) {
        Map<String, Object> fields = new TreeMap<>();
        for (String name : d.getFieldNames()) {
          fields.put(name, d.getFieldValue(name) instanceof List<?> l ? List.copyOf(l)
              : d.getFieldValue(name));
        }
        assertNull("unique ids in a core", byId.put((String) d.getFieldValue("id"), fields));
      }
      return byId;
    }
  }

  /** The tagged counters of every core of every node, summed, read from /admin/metrics. */
  private static long taggedAcrossNodes() throws Exception {
    long sum = 0;
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      try (SolrClient client = getHttpSolrClient(node.getBaseUrl().toString())) {
        NamedList<Object> rsp =
            client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/metrics",
                params("group", "core", "prefix", ClaimsMetrics.fullName(ClaimsMetrics.TAGGED))));
        NamedList<?> registries = (NamedList<?>) rsp.get("metrics");
        assertNotNull("metrics of " + node.getNodeName() + ": " + rsp, registries);
        for (int i = 0; i < registries.size(); i++) {
          Object metric =
              ((NamedList<?>) registries.getVal(i)).get(ClaimsMetrics.fullName(ClaimsMetrics.TAGGED));
          if (metric instanceof Number n) {
            sum += n.longValue();
          } else if (metric instanceof Map<?, ?> m) {
            sum += ((Number) m.get("count")).longValue();
          } else if (metric instanceof NamedList<?> nl) {
            sum += ((Number) nl.get("count")).longValue();
          } else if (metric != null) {
            fail("unexpected metric form " + metric);
          }
        }
      }
    }
    return sum;
  }

  @Test
  public void testUpdatesThroughAnyNodeReachEveryReplicaOnce() throws Exception {
    List<Map<String, Object>> samples = ClaimsTestSupport.sampleArticles();
    List<SolrClient> targets = List.of(leaderClient, nonLeaderClient, noReplicaClient);
    Map<String, List<Claim>> expected = new LinkedHashMap<>();
    List<List<SolrInputDocument>> batches = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      batches.add(new ArrayList<>());
    }
    for (int i = 0; i < samples.size(); i++) {
      Map<String, Object> sample = samples.get(i);
      batches.get(i % targets.size()).add(ClaimsTestSupport.toDocument(sample));
      expected.put((String) sample.get("id"),
          ClaimsTestSupport.expected(sample));
    }
    long taggedBefore = taggedAcrossNodes();

    for (int t = 0; t < targets.size(); t++) {
      List<SolrInputDocument> batch = batches.get(t);
      // half in one request, the rest one at a time
      UpdateRequest many = new UpdateRequest();
      many.add(batch.subList(0, batch.size() / 2));
      many.process(targets.get(t));
      for (SolrInputDocument doc : batch.subList(batch.size() / 2, batch.size())) {
        targets.get(t).add(doc);
      }
    }
    cluster.getSolrClient().commit(COLLECTION);

    assertEquals("extraction ran once per article, cluster-wide",
        taggedBefore + samples.size(), taggedAcrossNodes());
    Map<String, Map<String, Object>> all = assertReplicasAgree();

    // every article, and exactly its claims, with ids derived from its own
    int claimCount = 0;
    for (Map.Entry<String, List<Claim>> e : expected.entrySet()) {
      Map<String, Object> parent = all.get(e.getKey());
      assertNotNull(e.getKey(), parent);
      assertEquals(e.getValue().size(), parent.get("claims_count"));
      assertEquals(ClaimJson.toJson(e.getValue()), parent.get("claims_json"));
      for (int i = 0; i < e.getValue().size(); i++) {
        Map<String, Object> child = all.get(e.getKey() + "::claim-" + (i + 1));
        assertNotNull(e.getKey() + " claim " + (i + 1), child);
        assertEquals(e.getKey(), child.get("claim_article"));
        assertEquals(e.getValue().get(i).category().label(), child.get("claim_category"));
        assertEquals(e.getValue().get(i).count(), child.get("claim_count"));
        claimCount++;
      }
    }
    assertEquals(samples.size() + claimCount, all.size());

    // an atomic update through the node without a replica keeps the claims on every replica
    String someId = expected.keySet().stream()
        .filter(id -> expected.get(id).size() > 1).findFirst().orElseThrow();
    SolrInputDocument set = new SolrInputDocument();
    set.setField("id", someId);
    set.setField("tags", Map.of("set", List.of("checked")));
    noReplicaClient.add(set);
    cluster.getSolrClient().commit(COLLECTION);
    Map<String, Map<String, Object>> afterSet = assertReplicasAgree();
    assertEquals(List.of("checked"), afterSet.get(someId).get("tags"));
    afterSet.get(someId).remove("tags");
    assertEquals(all, afterSet);
    assertEquals("an atomic update is not re-extracted",
        taggedBefore + samples.size(), taggedAcrossNodes());

    // deleting an article through a non-leader deletes its claims everywhere
    nonLeaderClient.deleteById(someId);
    cluster.getSolrClient().commit(COLLECTION);
    Map<String, Map<String, Object>> afterDelete = assertReplicasAgree();
    assertEquals(all.size() - 1 - expected.get(someId).size(), afterDelete.size());
    for (String id : afterDelete.keySet()) {
      assertFalse(id, id.equals(someId) || id.startsWith(someId + "::"));
    }
  }

  /** Both replicas of each shard hold the same documents; the shards hold different ones. */
  private static Map<String, Map<String, Object>> assertReplicasAgree() throws Exception {
    Map<String, Map<String, Object>> union = new HashMap<>();
    for (Slice slice : getCollectionState(COLLECTION).getSlices()) {
      Map<String, Map<String, Object>> first = null;
      for (Replica replica : slice.getReplicas()) {
        Map<String, Map<String, Object>> contents = coreContents(replica);
        if (first == null) {
          first = contents;
          assertFalse(slice.getName() + " holds articles", contents.isEmpty());
        } else {
          assertEquals(slice.getName() + ": " + replica.getCoreName(), first, contents);
        }
      }
      for (String id : first.keySet()) {
        assertFalse("a document in two shards: " + id, union.containsKey(id));
      }
      union.putAll(first);
    }
    return union;
  }

  @Test
  public void testAnalyzeOverHttpGetAndPost() throws Exception {
    String title = ClaimsTestSupport.FERRY_TITLE;
    String text = ClaimsTestSupport.FERRY_BODY;
    List<Claim> claims = ClaimsTestSupport.analyzed(title, text);
    for (SolrRequest.METHOD method : List.of(SolrRequest.METHOD.GET, SolrRequest.METHOD.POST)) {
      QueryRequest analyze = new QueryRequest(params("title", title, "text", text), method);
      analyze.setPath("/claims/analyze");
      NamedList<Object> rsp = noReplicaClient.request(analyze);
      assertEquals(method.name(), "ok", rsp.get("status"));
      List<?> got = (List<?>) rsp.get("claims");
      assertEquals(method.name(), claims.size(), got.size());
      for (int i = 0; i < claims.size(); i++) {
        Object category =
            got.get(i) instanceof Map<?, ?> m ? m.get("category")
                : ((NamedList<?>) got.get(i)).get("category");
        assertEquals(claims.get(i).category().label(), category);
      }
    }
  }
}
