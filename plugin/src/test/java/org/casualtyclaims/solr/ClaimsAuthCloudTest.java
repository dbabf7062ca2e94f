package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.PREEXTRACTED;
import static org.casualtyclaims.solr.ClaimsTestSupport.article;

import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Who may write claims, with Solr's own BasicAuthPlugin and RuleBasedAuthorizationPlugin: the
 * security.json of the README (a path permission for {@code /update/preextracted} ahead of
 * Solr's {@code update} permission). An editor may add articles but is refused the pre-extracted
 * path (403); a pipeline may do both; a reader may search, facet claims and use {@code
 * /claims/analyze} but not write; a user with no role is refused all of it, and a request without
 * credentials gets a 401. One node, one collection.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsAuthCloudTest extends SolrCloudTestCase {
  private static final String COLLECTION = "secured";
  private static final String PASSWORD = "Claims-Test-Pass";

  /** The README's security.json, with the users of this test. */
  static String securityJson() {
    String hash = Sha256AuthenticationProvider.getSaltedHashedValue(PASSWORD);
    StringBuilder users = new StringBuilder();
    for (String user : new String[] {"admin", "editor", "pipeline", "reader", "stranger"}) {
      users.append(users.length() == 0 ? "" : ",").append('"').append(user).append("\":\"")
          .append(hash).append('"');
    }
    return "{"
        + "\"authentication\":{\"class\":\"solr.BasicAuthPlugin\",\"blockUnknown\":true,"
        + "\"credentials\":{" + users + "}},"
        + "\"authorization\":{\"class\":\"solr.RuleBasedAuthorizationPlugin\","
        + "\"user-role\":{\"admin\":[\"admin\"],\"editor\":[\"editor\"],"
        + "\"pipeline\":[\"editor\",\"pipeline\"],\"reader\":[\"reader\"]},"
        + "\"permissions\":["
        + "{\"name\":\"claims-preextracted\",\"collection\":\"*\","
        + "\"path\":\"/update/preextracted\",\"role\":\"pipeline\"},"
        + "{\"name\":\"update\",\"role\":\"editor\"},"
        + "{\"name\":\"read\",\"role\":[\"reader\",\"editor\"]},"
        + "{\"name\":\"all\",\"role\":\"admin\"}]}}";
  }

  @BeforeClass
  public static void startCluster() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    configureCluster(1)
        .addConfig("claims", ClaimsTestSupport.conf())
        .withSecurityJson(securityJson())
        .configure();
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(COLLECTION, "claims", 1, 1);
    create.setBasicAuthCredentials("admin", PASSWORD);
    create.process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 1, 1);
  }

  /**
   * The HTTP status a user gets for a request: 200, or the error's code. Requests go through a
   * plain HTTP client to the node, as an outside client's do: in this JVM the cloud client sends
   * updates from pool threads that Solr's PKI authentication takes for its own and would sign as
   * the node, which no outside client can.
   */
  private static int status(String user, SolrRequest<?> request) throws Exception {
    if (user != null) {
      request.setBasicAuthCredentials(user, PASSWORD);
    }
    try (SolrClient node =
        new Http2SolrClient.Builder(cluster.getJettySolrRunner(0).getBaseUrl().toString())
            .build()) {
      request.process(node, COLLECTION);
      return 200;
    } catch (SolrException e) {
      return e.code();
    }
  }

  private static UpdateRequest add(String path, SolrInputDocument doc) {
    UpdateRequest update = new UpdateRequest(path);
    update.add(doc);
    update.setParam("commit", "true");
    return update;
  }

  /** An article with its claims attached, as a pipeline writes it. */
  private static SolrInputDocument prebuilt(String id) {
    SolrInputDocument doc = article(id, FERRY_TITLE, FERRY_BODY);
    doc.setField("doc_type", "article");
    ClaimDocuments.attach(doc, id, doc.getFieldValue("published"),
        ClaimsTestSupport.result(FERRY_TITLE, FERRY_BODY));
    return doc;
  }

  private static QueryRequest facets() {
    return new QueryRequest(params("q", "doc_type:article", "claims.facet", "true"));
  }

  private static QueryRequest analyze() {
    QueryRequest analyze =
        new QueryRequest(params("title", FERRY_TITLE, "text", FERRY_BODY));
    analyze.setPath("/claims/analyze");
    return analyze;
  }

  @Test
  public void testEachRoleGetsItsPaths() throws Exception {
    Map<String, Integer> preextracted =
        Map.of("editor", 403, "pipeline", 200, "reader", 403, "stranger", 403);
    Map<String, Integer> update =
        Map.of("editor", 200, "pipeline", 200, "reader", 403, "stranger", 403);
    Map<String, Integer> read =
        Map.of("editor", 200, "pipeline", 200, "reader", 200, "stranger", 403);
    Map<String, Integer> expected = new TreeMap<>();
    Map<String, Integer> actual = new TreeMap<>();
    for (String user : new String[] {"editor", "pipeline", "reader", "stranger"}) {
      expected.put(user + " /update", update.get(user));
      actual.put(user + " /update",
          status(user, add("/update", article("auth-" + user, FERRY_TITLE, FERRY_BODY))));
      expected.put(user + " " + PREEXTRACTED, preextracted.get(user));
      actual.put(user + " " + PREEXTRACTED, status(user, add(PREEXTRACTED, prebuilt("pre-" + user))));
      expected.put(user + " /select claims.facet", read.get(user));
      actual.put(user + " /select claims.facet", status(user, facets()));
      expected.put(user + " /claims/analyze", read.get(user));
      actual.put(user + " /claims/analyze", status(user, analyze()));
    }
    assertEquals(expected, actual);
    for (SolrRequest<?> anonymous : new SolrRequest<?>[] {facets(), analyze(),
        add("/update", article("auth-anon", FERRY_TITLE, FERRY_BODY))}) {
      assertEquals("no credentials", 401, status(null, anonymous));
    }

    // what was allowed was indexed, and only that; the reader sees the claims and their facets
    QueryRequest all = new QueryRequest(params("q", "doc_type:article", "fl", "id",
        "sort", "id asc", "claims.facet", "true"));
    all.setBasicAuthCredentials("reader", PASSWORD);
    NamedList<Object> rsp = all.process(cluster.getSolrClient(), COLLECTION).getResponse();
    // reads through the cloud client are the reader's own (queries run on the calling thread)
    assertEquals("[auth-editor, auth-pipeline, pre-pipeline]",
        ((org.apache.solr.common.SolrDocumentList) rsp.get("response")).stream()
            .map(d -> d.getFieldValue("id")).toList().toString());
    assertNotNull("claims facets for the reader: " + rsp, rsp.get("claims_facets"));
  }
}
