package org.casualtyclaims.solr;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.SolrNamedThreadFactory;
import org.apache.solr.common.util.TimeSource;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.util.TimeOut;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimJson;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The claims processor in a SolrCloud collection that loses nodes while it is indexing: 2 shards x
 * 2 replicas on 4 nodes, one replica per node, the index on disk (the production directory
 * factory), the configset in ZooKeeper.
 *
 * <p>A client thread indexes the sample articles continuously, in small batches, through the
 * cloud client, as a newsroom feed would: a request that fails is retried with the next batch,
 * and an article counts as acknowledged once a request holding it has succeeded. Meanwhile the
 * node of a replica that is not a leader is stopped and restarted (phase 1), then the node of a
 * shard leader (phase 2). Each phase waits, with Solr's own waiting utilities, for articles to be
 * acknowledged before the fault, while the node is down (after the new leader is elected) and after
 * the collection is active again; then the client retries what failed until it is acknowledged,
 * and the collection is committed.
 *
 * <p>After each phase: every replica, read directly ({@code distrib=false}), holds every
 * acknowledged article, each with exactly the claims the engine finds in its text, and nothing
 * else; both replicas of a shard hold the same documents; and {@code claims.facet} (by source and
 * confidence label, with confidence ranges), asked of each set of replicas in turn, equals the
 * facets computed from the source articles with the engine. The figures (sent, acknowledged,
 * found on each replica) are printed on lines starting with {@code fault:}.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsFaultToleranceCloudTest extends SolrCloudTestCase {
  private static final String COLLECTION = "newsroom";
  private static final String CONFIG = "claims";
  private static final int BATCH = 4;
  /** Articles to be acknowledged at each step of a phase. */
  private static final int PROGRESS = 40;
  private static final int WAIT_SECONDS = 120;
  private static final long PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(80);

  private static List<Map<String, Object>> samples;
  /** The engine's claims for each sample, by sample index. */
  private static List<List<Claim>> expectedBySample;

  @BeforeClass
  public static void startCluster() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    // on disk, as in production, so that a restarted node finds its index and update log again
    System.setProperty("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
    configureCluster(4).addConfig(CONFIG, ClaimsTestSupport.conf()).configure();
    CollectionAdminRequest.createCollection(COLLECTION, CONFIG, 2, 2)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    Map<String, Integer> perNode = new HashMap<>();
    for (Replica r : getCollectionState(COLLECTION).getReplicas()) {
      perNode.merge(r.getNodeName(), 1, Integer::sum);
    }
    assertEquals("one replica on each of the 4 nodes: " + perNode, 4, perNode.size());

    samples = ClaimsTestSupport.sampleArticles();
    expectedBySample = new ArrayList<>();
    for (Map<String, Object> s : samples) {
      expectedBySample.add(
          ClaimsTestSupport.expected(s));
    }
  }

  @AfterClass
  public static void forget() {
    samples = null;
    expectedBySample = null;
  }

  // ------------------------------------------------------------------------------ the indexer

  /** Article {@code n} is sample {@code n % samples}, with the id {@code fault-n}. */
  private static String id(int n) {
    return "fault-" + n;
  }

  private static int sampleOf(String id) {
    return Integer.parseInt(id.substring("fault-".length())) % samples.size();
  }

  private static SolrInputDocument article(int n) {
    SolrInputDocument doc = ClaimsTestSupport.toDocument(samples.get(n % samples.size()));
    doc.setField("id", id(n));
    return doc;
  }

  /**
   * Indexes new articles in batches until stopped; a batch that fails is sent again with the next
   * one. {@link #acknowledged} holds the ids of every request that succeeded.
   */
  private static final class Indexer {
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger failedRequests = new AtomicInteger();
    final Set<String> everFailed = ConcurrentHashMap.newKeySet();
    final AtomicBoolean stopping = new AtomicBoolean();
    private final Deque<Integer> retry = new ArrayDeque<>();
    private int next;
    private volatile Throwable died;

    Indexer(int first) {
      next = first;
    }

    /**
     * The loop: new articles while running; once stopping, only the retries, until none is left
     * (or {@link #WAIT_SECONDS} have passed: then the test fails on what is left).
     */
    Void run() {
      try {
        TimeOut giveUp = null;
        while (true) {
          List<Integer> batch = new ArrayList<>();
          while (!retry.isEmpty() && batch.size() < BATCH) {
            batch.add(retry.poll());
          }
          if (stopping.get()) {
            if (giveUp == null) {
              giveUp = new TimeOut(WAIT_SECONDS, TimeUnit.SECONDS, TimeSource.NANO_TIME);
            }
            if (batch.isEmpty() || giveUp.hasTimedOut()) {
              return null;
            }
          }
          while (!stopping.get() && batch.size() < BATCH) {
            batch.add(next++);
          }
          send(batch);
          // a feed's pace, some 50 articles a second at most: enough to index throughout each
          // step, not so much that two cores do nothing else (it orders nothing: no test waits
          // on it)
          LockSupport.parkNanos(PACE_NANOS);
        }
      } catch (Throwable t) {
        died = t;
        throw t;
      }
    }

    private void send(List<Integer> batch) {
      UpdateRequest update = new UpdateRequest();
      List<String> ids = new ArrayList<>();
      for (int n : batch) {
        update.add(article(n));
        ids.add(id(n));
      }
      sent.addAll(ids);
      requests.incrementAndGet();
      try {
        update.process(cluster.getSolrClient(), COLLECTION);
        acknowledged.addAll(ids);
      } catch (Exception e) {
        // the node went away, a leader is being elected: send these again with the next batch
        failedRequests.incrementAndGet();
        everFailed.addAll(ids);
        retry.addAll(batch);
      }
    }

    int next() {
      return next;
    }

    /** Waits until {@code more} further articles are acknowledged. */
    void awaitMore(int more, String when) throws Exception {
      int target = acknowledged.size() + more;
      new TimeOut(WAIT_SECONDS, TimeUnit.SECONDS, TimeSource.NANO_TIME)
          .waitFor(
              "articles acknowledged " + when + ": " + acknowledged.size() + " of " + target,
              () -> {
                if (died != null) {
                  throw new AssertionError("the indexer died", died);
                }
                return acknowledged.size() >= target;
              });
    }
  }

  // ------------------------------------------------------------------------------ the phases

  private static JettySolrRunner nodeOf(Replica replica) {
    for (JettySolrRunner j : cluster.getJettySolrRunners()) {
      if (replica.getNodeName().equals(j.getNodeName())) {
        return j;
      }
    }
    throw new AssertionError("no running node for " + replica);
  }

  /**
   * Runs one phase: indexing continuously, it stops the node of {@code victim}, waits for
   * indexing to go on without it, starts the node again and waits for the collection to recover.
   * Returns the indexer, stopped, with every article it sent acknowledged.
   */
  private Indexer phase(String name, int firstArticle, Replica victim, String shard)
      throws Exception {
    Indexer indexer = new Indexer(firstArticle);
    ExecutorService pool =
        ExecutorUtil.newMDCAwareSingleThreadExecutor(
            new SolrNamedThreadFactory("claims-fault-indexer"));
    StringBuilder timeline = new StringBuilder();
    long start = System.nanoTime();
    try {
      Future<Void> running = pool.submit(indexer::run);
      indexer.awaitMore(PROGRESS, "before the fault");

      JettySolrRunner node = nodeOf(victim);
      String nodeName = node.getNodeName();
      event(timeline, start, indexer, "stopping " + nodeName);
      cluster.stopJettySolrRunner(node);
      cluster.waitForJettyToStop(node);
      // the stopped replica is marked down, and its shard has a leader on a live node (at once,
      // when the replica stopped was not the leader)
      waitForState(
          victim.getCoreName() + " down, and a leader for " + shard + " on a live node",
          COLLECTION,
          WAIT_SECONDS,
          TimeUnit.SECONDS,
          (live, c) -> {
            Replica leader = c.getSlice(shard).getLeader();
            return c.getReplica(victim.getName()).getState() != Replica.State.ACTIVE
                && leader != null
                && leader.getState() == Replica.State.ACTIVE
                && live.contains(leader.getNodeName())
                && !leader.getNodeName().equals(nodeName);
          });
      event(timeline, start, indexer, "down, " + shard + " led by "
          + getCollectionState(COLLECTION).getSlice(shard).getLeader().getCoreName());
      indexer.awaitMore(PROGRESS, "while " + nodeName + " is down");

      event(timeline, start, indexer, "restarting");
      cluster.startJettySolrRunner(node, true);
      cluster.waitForNode(node, WAIT_SECONDS);
      cluster.waitForActiveCollection(COLLECTION, WAIT_SECONDS, TimeUnit.SECONDS, 2, 4);
      event(timeline, start, indexer, "all 4 replicas active");
      indexer.awaitMore(PROGRESS, "after the restart");

      indexer.stopping.set(true);
      running.get(WAIT_SECONDS, TimeUnit.SECONDS);
      event(timeline, start, indexer, "indexer stopped");
      System.out.printf(
          Locale.ROOT,
          "fault: %s, %s (%s of %s): %d articles sent, %d acknowledged; %d requests, %d failed,"
              + " %d articles sent again after a failure; timeline (s, acknowledged so far):%s%n",
          name, nodeName, victim.getCoreName(), shard, indexer.sent.size(),
          indexer.acknowledged.size(), indexer.requests.get(), indexer.failedRequests.get(),
          indexer.everFailed.size(), timeline);
    } finally {
      indexer.stopping.set(true);
      ExecutorUtil.shutdownAndAwaitTermination(pool);
    }
    assertEquals("every article sent was acknowledged in the end", indexer.sent,
        indexer.acknowledged);
    long syncStart = System.nanoTime();
    int checks = awaitReplicasInSync();
    System.out.printf(Locale.ROOT, "fault: %s: replicas in step %.1f s after the indexer stopped"
        + " (%d check(s))%n", name, (System.nanoTime() - syncStart) / 1e9, checks);
    return indexer;
  }

  /**
   * Waits, up to {@link #WAIT_SECONDS}, until every replica is active and, after a commit, the
   * replicas of each shard hold as many documents as each other. Recovery ends asynchronously: a
   * restarted replica can show active while its leader, which failed to forward an update to it
   * during the restart, has just sent it back into recovery to fetch what it missed. The checks
   * that follow then compare replicas that have caught up; a replica that never does fails them.
   */
  private static int awaitReplicasInSync() throws Exception {
    TimeOut giveUp = new TimeOut(WAIT_SECONDS, TimeUnit.SECONDS, TimeSource.NANO_TIME);
    for (int checks = 1; ; checks++) {
      cluster.waitForActiveCollection(COLLECTION, WAIT_SECONDS, TimeUnit.SECONDS, 2, 4);
      cluster.getSolrClient().commit(COLLECTION);
      if (replicasHoldAsManyDocuments() || giveUp.hasTimedOut()) {
        return checks;
      }
      Thread.sleep(250);
    }
  }

  private static boolean replicasHoldAsManyDocuments() {
    for (Slice slice : getCollectionState(COLLECTION).getSlices()) {
      Long expected = null;
      for (Replica replica : slice.getReplicas()) {
        long found;
        try (SolrClient core = getHttpSolrClient(replica)) {
          found = core.query(new ModifiableSolrParams().set("q", "*:*").set("distrib", "false")
              .set("rows", "0")).getResults().getNumFound();
        } catch (Exception e) {
          return false; // still starting or recovering
        }
        if (expected != null && expected != found) {
          return false;
        }
        expected = found;
      }
    }
    return true;
  }

  private static void event(StringBuilder timeline, long start, Indexer indexer, String what) {
    timeline.append(String.format(Locale.ROOT, "%n  %6.1f %5d  %s",
        (System.nanoTime() - start) / 1e9, indexer.acknowledged.size(), what));
  }

  @Test
  public void testNoAcknowledgedArticleOrClaimIsLostWhenNodesGoDown() throws Exception {
    Set<String> acknowledged = new LinkedHashSet<>();

    // phase 1: the node of a replica that does not lead
    DocCollection state = getCollectionState(COLLECTION);
    Slice shard1 = state.getSlice("shard1");
    Replica follower = null;
    for (Replica r : shard1.getReplicas()) {
      if (!r.getName().equals(shard1.getLeader().getName())) {
        follower = r;
      }
    }
    assertNotNull(follower);
    Indexer one = phase("phase 1, a non-leader", 0, follower, "shard1");
    acknowledged.addAll(one.acknowledged);
    assertEveryReplicaHolds(acknowledged, "after phase 1");

    // phase 2: the node of a shard leader
    Slice shard2 = getCollectionState(COLLECTION).getSlice("shard2");
    Replica leader = shard2.getLeader();
    Indexer two = phase("phase 2, a leader", one.next(), leader, "shard2");
    assertNotEquals("shard2 has a new leader", leader.getName(),
        getCollectionState(COLLECTION).getSlice("shard2").getLeader().getName());
    acknowledged.addAll(two.acknowledged);
    assertEveryReplicaHolds(acknowledged, "after phase 2");
  }

  // ------------------------------------------------------------------------------ the checks

  /** The documents of one core, by id: the fields the processor writes. */
  private static Map<String, Map<String, Object>> coreContents(Replica replica) throws Exception {
    try (SolrClient core = getHttpSolrClient(replica)) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      p.set("distrib", "false");
      p.set("rows", "1000000");
      p.set("fl", "id,doc_type,claims_count,claims_status,claims_json,claim_article,"
          + "claim_category,claim_count,claim_source,claim_source_type,claim_confidence,"
          + "claim_confidence_label");
      Map<String, Map<String, Object>> byId = new TreeMap<>();
      for (SolrDocument d : core.query(p).getResults()) {
        Map<String, Object> fields = new TreeMap<>();
        for (String name : d.getFieldNames()) {
          fields.put(name, d.getFieldValue(name));
        }
        assertNull("unique ids in " + replica.getCoreName(),
            byId.put((String) d.getFieldValue("id"), fields));
      }
      return byId;
    }
  }

  /**
   * Every replica holds the acknowledged articles of its shard with their claims, and nothing
   * else; replicas of a shard agree; the shards together hold every acknowledged article; and
   * claims.facet on each set of replicas equals the facets computed with the engine.
   */
  private static void assertEveryReplicaHolds(Set<String> acknowledged, String when)
      throws Exception {
    Set<String> union = new LinkedHashSet<>();
    List<List<Replica>> replicasByShard = new ArrayList<>();
    StringBuilder figures = new StringBuilder();
    List<Slice> slices = new ArrayList<>(getCollectionState(COLLECTION).getSlices());
    slices.sort(Comparator.comparing(Slice::getName));
    for (Slice slice : slices) {
      List<Replica> replicas = new ArrayList<>(slice.getReplicas());
      replicas.sort(Comparator.comparing(Replica::getName));
      replicasByShard.add(replicas);
      Map<String, Map<String, Object>> first = null;
      for (Replica replica : replicas) {
        Map<String, Map<String, Object>> contents = coreContents(replica);
        long articles = 0;
        long claims = 0;
        for (Map<String, Object> doc : contents.values()) {
          if (ClaimFields.ARTICLE.equals(doc.get("doc_type"))) {
            articles++;
          } else {
            claims++;
          }
        }
        figures.append(String.format(Locale.ROOT, "%n  %s %s on %s: %d articles, %d claims",
            slice.getName(), replica.getCoreName(), replica.getNodeName(), articles, claims));
        assertArticlesAndClaims(contents, acknowledged, replica.getCoreName() + " " + when);
        if (first == null) {
          first = contents;
          assertTrue(slice.getName() + " holds articles", articles > 0);
        } else {
          assertEquals(
              slice.getName() + ": " + replica.getCoreName() + " agrees with the other replica "
                  + when,
              first,
              contents);
        }
      }
      for (String id : first.keySet()) {
        if (ClaimFields.ARTICLE.equals(first.get(id).get("doc_type"))) {
          assertTrue("an article in two shards: " + id, union.add(id));
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "fault: %s: %d articles acknowledged; found:%s%n",
        when, acknowledged.size(), figures);
    assertEquals("the shards together hold exactly the acknowledged articles " + when,
        new TreeSet<>(acknowledged), new TreeSet<>(union));

    // claims.facet on replica set 0 (the first replica of each shard), then on set 1
    Map<String, Object> expected = expectedFacets(acknowledged);
    for (int set = 0; set < 2; set++) {
      List<String> shards = new ArrayList<>();
      for (List<Replica> replicas : replicasByShard) {
        shards.add(replicas.get(set).getCoreUrl());
      }
      ModifiableSolrParams p = facetSpec().params();
      p.set("q", "doc_type:article");
      p.set("rows", "0");
      p.set("shards", String.join(",", shards));
      QueryResponse rsp = cluster.getSolrClient().query(COLLECTION, p);
      assertEquals("articles counted on " + shards, acknowledged.size(),
          rsp.getResults().getNumFound());
      assertEquals(
          "claims.facet on " + shards + " " + when,
          expected,
          Plain.map(rsp.getResponse().get(ClaimsFacetsOutput.SECTION)));
    }
  }

  /** The articles of one core carry the engine's claims; its claim documents are exactly those. */
  private static void assertArticlesAndClaims(
      Map<String, Map<String, Object>> contents, Set<String> acknowledged, String where) {
    int expectedClaimDocs = 0;
    for (Map.Entry<String, Map<String, Object>> e : contents.entrySet()) {
      Map<String, Object> doc = e.getValue();
      if (!ClaimFields.ARTICLE.equals(doc.get("doc_type"))) {
        continue;
      }
      String id = e.getKey();
      assertTrue(where + ": " + id + " was acknowledged", acknowledged.contains(id));
      List<Claim> claims = expectedBySample.get(sampleOf(id));
      assertEquals(where + ": " + id, claims.size(), doc.get("claims_count"));
      assertEquals(where + ": " + id, claims.isEmpty() ? "none" : "ok", doc.get("claims_status"));
      assertEquals(where + ": " + id, ClaimJson.toJson(claims), doc.get("claims_json"));
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        Map<String, Object> child = contents.get(id + "::claim-" + (i + 1));
        assertNotNull(where + ": " + id + " claim " + (i + 1), child);
        assertEquals(id, child.get("claim_article"));
        assertEquals(c.category().label(), child.get("claim_category"));
        assertEquals(c.count(), child.get("claim_count"));
        assertEquals(c.source(), child.get("claim_source"));
        assertEquals(c.sourceType().label(), child.get("claim_source_type"));
        assertEquals((float) c.confidence(), child.get("claim_confidence"));
        assertEquals(c.confidenceLabel().label(), child.get("claim_confidence_label"));
      }
      expectedClaimDocs += claims.size();
    }
    long claimDocs =
        contents.values().stream()
            .filter(d -> ClaimFields.CLAIM.equals(d.get("doc_type")))
            .count();
    assertEquals(where + ": claim documents, and no stray one", expectedClaimDocs, claimDocs);
  }

  /** By source and confidence label (all buckets) and in three confidence ranges. */
  private static ClaimsSpec facetSpec() {
    ClaimsSpec spec = new ClaimsSpec();
    spec.limit = -1;
    spec.buckets = "0,0.4,0.7,1";
    return spec;
  }

  /** The claims facets of {@code ids}, computed from the engine's claims of their texts. */
  private static Map<String, Object> expectedFacets(Set<String> ids) {
    List<ClaimsCorpus.Article> articles = new ArrayList<>();
    for (String id : ids) {
      Map<String, Object> sample = samples.get(sampleOf(id));
      long published = Instant.parse((String) sample.get("published")).toEpochMilli();
      List<ClaimsCorpus.Claim> claims = new ArrayList<>();
      List<Claim> engine = expectedBySample.get(sampleOf(id));
      for (int i = 0; i < engine.size(); i++) {
        Claim c = engine.get(i);
        claims.add(
            new ClaimsCorpus.Claim(
                id + "::claim-" + (i + 1),
                id,
                c.category().label(),
                c.count(),
                c.source(),
                c.sourceType().label(),
                (float) c.confidence(),
                c.confidenceLabel().label(),
                c.vague(),
                published,
                ClaimsCorpus.Event.of(c.event())));
      }
      articles.add(new ClaimsCorpus.Article(id, (String) sample.get("outlet"), published, claims));
    }
    List<ClaimsCorpus.Claim> universe = new ArrayList<>();
    articles.forEach(a -> universe.addAll(a.claims()));
    return ExpectedClaimsFacets.compute(facetSpec(), articles, universe);
  }
}
