package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.PREEXTRACTED;
import static org.casualtyclaims.solr.ClaimsTestSupport.article;

import java.util.List;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.util.ContentStreamBase;
import org.casualtyclaims.engine.ClaimJson;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The integrity rules in SolrCloud, through the cloud client: one shard with two replicas, so
 * every update is forwarded from the leader to the other replica. Forged claims are refused in
 * every form, claims sent back are replaced on both replicas, the pre-extracted path works only
 * through its handler (its forwarded copies included) and checks the structure, and a delete of
 * claims alone is refused.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsIntegrityCloudTest extends SolrCloudTestCase {
  private static final String COLLECTION = "guarded";
  private static final String FORGED_SOURCE = "Ministry of Made-up Figures";

  @BeforeClass
  public static void startCluster() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    configureCluster(2).addConfig("claims", ClaimsTestSupport.conf()).configure();
    CollectionAdminRequest.createCollection(COLLECTION, "claims", 1, 2)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 1, 2);
  }

  private static SolrInputDocument forgedClaim(String article) {
    SolrInputDocument claim = new SolrInputDocument();
    claim.setField("id", article + "::forged");
    claim.setField("doc_type", "claim");
    claim.setField("claim_category", "killed");
    claim.setField("claim_count", 5000L);
    claim.setField("claim_source", FORGED_SOURCE);
    claim.setField("claim_confidence_label", "high");
    claim.setField("claim_article", article);
    return claim;
  }

  /** The request's failure: its status and message. */
  private static SolrException failure(SolrRequest<?> request) {
    return expectThrows(SolrException.class,
        () -> request.process(cluster.getSolrClient(), COLLECTION));
  }

  private static UpdateRequest add(String path, SolrInputDocument doc, String... params) {
    UpdateRequest update = new UpdateRequest(path);
    update.add(doc);
    for (int i = 0; i < params.length; i += 2) {
      update.setParam(params[i], params[i + 1]);
    }
    return update;
  }

  private static ContentStreamUpdateRequest body(String text, String contentType) {
    return body("/update", text, contentType);
  }

  private static ContentStreamUpdateRequest body(String path, String text, String contentType) {
    ContentStreamUpdateRequest update = new ContentStreamUpdateRequest(path);
    update.addContentStream(new ContentStreamBase.StringStream(text, contentType));
    return update;
  }

  private static void assertRefused(String what, SolrRequest<?> request, int code,
      String... words) throws Exception {
    SolrException e = failure(request);
    assertEquals(what + ": " + e.getMessage(), code, e.code());
    for (String w : words) {
      assertTrue(what + ": names " + w + ": " + e.getMessage(), e.getMessage().contains(w));
    }
    cluster.getSolrClient().commit(COLLECTION);
    for (Replica replica : getCollectionState(COLLECTION).getReplicas()) {
      assertEquals(what + ": nothing forged on " + replica.getName(), 0,
          numFound(replica, "claim_source:\"" + FORGED_SOURCE + "\" OR (*:* -_nest_path_:*"
              + " -doc_type:article)"));
    }
  }

  private static long numFound(Replica replica, String q) throws Exception {
    try (SolrClient core = getHttpSolrClient(replica)) {
      return core.query(params("q", q, "distrib", "false", "rows", "0")).getResults()
          .getNumFound();
    }
  }

  private static SolrDocument stored(Replica replica, String id) throws Exception {
    try (SolrClient core = getHttpSolrClient(replica)) {
      return core.query(params("q", "id:" + id, "distrib", "false", "fl", "*")).getResults()
          .get(0);
    }
  }

  @Test
  public void testForgedClaimsAreRefusedEveryWayIn() throws Exception {
    SolrInputDocument anonymous = article("c-anon", FERRY_TITLE, FERRY_BODY);
    anonymous.addChildDocument(forgedClaim("c-anon"));
    assertRefused("javabin, anonymous child", add("/update", anonymous), 400, "'c-anon'",
        "_childDocuments_");
    SolrInputDocument labelled = article("c-label", FERRY_TITLE, FERRY_BODY);
    labelled.setField("comments", List.of(forgedClaim("c-label")));
    assertRefused("javabin, labelled child", add("/update", labelled), 400, "'comments'");
    SolrInputDocument posing = forgedClaim("c-pose");
    posing.setField("id", "c-pose");
    assertRefused("javabin, top-level claim", add("/update", posing), 400, "'c-pose'");
    SolrInputDocument field = article("c-field", FERRY_TITLE, FERRY_BODY);
    field.setField("claim_count", 5000L);
    assertRefused("javabin, claim field", add("/update", field), 400, "'claim_count'");
    assertRefused("JSON, anonymous child",
        body("[{\"id\":\"c-json\",\"body\":\"x\",\"_childDocuments_\":[{\"id\":\"c-json-1\","
            + "\"doc_type\":\"claim\",\"claim_source\":\"" + FORGED_SOURCE + "\"}]}]",
            "application/json"), 400, "'c-json'");
    assertRefused("XML, labelled child",
        body("<add><doc><field name=\"id\">c-xml</field><field name=\"comments\"><doc>"
            + "<field name=\"id\">c-xml-1</field><field name=\"claim_source\">" + FORGED_SOURCE
            + "</field></doc></field></doc></add>", "application/xml"), 400, "'comments'");
    assertRefused("JSON, labelled child",
        body("[{\"id\":\"c-json2\",\"body\":\"x\",\"sidebar\":{\"id\":\"c-json2-1\","
            + "\"doc_type\":\"claim\",\"claim_source\":\"" + FORGED_SOURCE + "\"}}]",
            "application/json"), 400, "'sidebar'");
    assertRefused("XML, anonymous child",
        body("<add><doc><field name=\"id\">c-xml2</field><doc><field name=\"id\">c-xml2-1</field>"
            + "<field name=\"doc_type\">claim</field></doc></doc></add>", "application/xml"),
        400, "_childDocuments_");
    assertRefused("CSV, claim field",
        body("/update/csv", "id,claim_source\nc-csv," + FORGED_SOURCE + "\n", "text/csv"), 400,
        "'claim_source'");
    add("/update", article("c-atomic", FERRY_TITLE, FERRY_BODY))
        .process(cluster.getSolrClient(), COLLECTION);
    SolrInputDocument atomic = new SolrInputDocument();
    atomic.setField("id", "c-atomic");
    atomic.setField("comments", java.util.Map.of("add", List.of(forgedClaim("c-atomic"))));
    assertRefused("javabin, atomic add of a child", add("/update", atomic), 400, "'c-atomic'");
    assertRefused("update.chain=preextracted on /update",
        add("/update", labelled, "update.chain", "preextracted"), 403, "update.chain");
    assertRefused("processor=template",
        add("/update", article("c-tpl", FERRY_TITLE, FERRY_BODY), "processor", "template",
            "template.field", "claims_count:99"), 403, "'processor'");

    // claims sent back with an article are replaced, on both replicas
    SolrInputDocument resent = article("c-resent", FERRY_TITLE, FERRY_BODY);
    resent.setField("claims", List.of(forgedClaim("c-resent")));
    resent.setField("claims_count", 99);
    add("/update", resent).process(cluster.getSolrClient(), COLLECTION);
    cluster.getSolrClient().commit(COLLECTION);
    String expected = ClaimJson.toJson(ClaimsTestSupport.expected(FERRY_TITLE, FERRY_BODY));
    for (Replica replica : getCollectionState(COLLECTION).getReplicas()) {
      assertEquals(expected, stored(replica, "c-resent").getFieldValue("claims_json"));
      assertEquals(0, numFound(replica, "claim_source:\"" + FORGED_SOURCE + "\""));
    }
  }

  @Test
  public void testPreextractedPathAndDeletes() throws Exception {
    SolrInputDocument doc = article("c-pre", FERRY_TITLE, FERRY_BODY);
    doc.setField("doc_type", "article");
    ClaimDocuments.attach(doc, "c-pre", doc.getFieldValue("published"),
        ClaimsTestSupport.result(FERRY_TITLE, FERRY_BODY));
    add(PREEXTRACTED, doc).process(cluster.getSolrClient(), COLLECTION);
    cluster.getSolrClient().commit(COLLECTION);
    int claims = ClaimsTestSupport.expected(FERRY_TITLE, FERRY_BODY).size();
    for (Replica replica : getCollectionState(COLLECTION).getReplicas()) {
      assertEquals("claims on " + replica.getName(), claims,
          numFound(replica, "_root_:c-pre AND doc_type:claim"));
    }

    SolrInputDocument untyped = article("c-untyped", FERRY_TITLE, FERRY_BODY);
    assertRefused("pre-extracted without doc_type:article", add(PREEXTRACTED, untyped), 400,
        "'c-untyped'", "no doc_type:article");

    UpdateRequest claimsAlone = new UpdateRequest();
    claimsAlone.deleteByQuery("doc_type:claim");
    assertRefused("delete by query of claims alone", claimsAlone, 400, "stale");
    for (Replica replica : getCollectionState(COLLECTION).getReplicas()) {
      assertEquals(claims, numFound(replica, "_root_:c-pre AND doc_type:claim"));
    }
  }
}
