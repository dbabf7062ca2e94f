package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.BLAST_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.BLAST_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.PREEXTRACTED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.util.SolrJettyTestRule;
import org.casualtyclaims.engine.ClaimJson;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Only the claims processor writes claims on the default path, however a client sends them: JSON
 * (anonymous and labelled children, {@code /update/json/docs}, the v2 API), XML, CSV and javabin,
 * through real HTTP requests to a Solr node holding one core of the configset. Claims extracted
 * elsewhere go only through {@code /update/preextracted}, whose structure is checked; no request
 * parameter switches a path's chain; deletes keep articles and claims in step; JSON nested too
 * deep is refused on every path.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsIntegrityTest extends SolrTestCaseJ4 {
  @ClassRule public static final SolrJettyTestRule SOLR = new SolrJettyTestRule();

  private static final String CORE = "articles";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORGED_SOURCE = "Ministry of Made-up Figures";

  private static HttpClient http;
  private static String core;
  private static String v2Core;

  @BeforeClass
  public static void startNode() throws Exception {
    core = ClaimsTestSupport.startNode(SOLR, createTempDir("claims-integrity"), CORE);
    v2Core = SOLR.getJetty().getBaseURLV2() + "/cores/" + CORE;
    http = ClaimsTestSupport.http();
  }

  @AfterClass
  public static void closeClient() {
    http = null;
  }

  @Before
  public void emptyIndex() throws Exception {
    Reply r = post(core + "/update", "commit=true", "application/json",
        "{\"delete\":{\"query\":\"*:*\"}}");
    assertEquals(r.toString(), 200, r.status());
  }

  // ------------------------------------------------------------------------------ plumbing

  record Reply(int status, String message) {
    @Override
    public String toString() {
      return status + " " + message;
    }
  }

  private static Reply post(String url, String query, String contentType, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "?wt=json" + (query.isEmpty() ? "" : "&" + query)))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> rsp = http.send(request, HttpResponse.BodyHandlers.ofString());
    String message = rsp.body();
    try {
      JsonNode json = JSON.readTree(rsp.body());
      if (json.at("/error/msg").isTextual()) {
        message = json.at("/error/msg").asText();
      }
    } catch (Exception notJson) {
      // the body is the message
    }
    return new Reply(rsp.statusCode(), message);
  }

  private static Reply json(String path, String query, Object docs) throws Exception {
    return post(core + path, query, "application/json", JSON.writeValueAsString(docs));
  }

  private static Reply xml(String query, String body) throws Exception {
    return post(core + "/update", query, "application/xml", body);
  }

  /** A javabin update through SolrJ: the status and message of its answer. */
  private static Reply javabin(String path, SolrInputDocument doc, String... params)
      throws Exception {
    try (SolrClient client = new Http2SolrClient.Builder(SOLR.getBaseUrl()).build()) {
      UpdateRequest update = new UpdateRequest(path);
      update.add(doc);
      for (int i = 0; i < params.length; i += 2) {
        update.setParam(params[i], params[i + 1]);
      }
      update.process(client, CORE);
      return new Reply(200, "indexed");
    } catch (SolrException e) {
      return new Reply(e.code(), e.getMessage());
    }
  }

  private static long count(String q) throws Exception {
    post(core + "/update", "commit=true", "application/json", "[]");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(core + "/select?wt=json&rows=0&q="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(60)).build();
    JsonNode rsp = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    return rsp.at("/response/numFound").asLong();
  }

  private static JsonNode article(String id) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(core + "/select?wt=json&fl=*&q=id:" + id))
            .timeout(Duration.ofSeconds(60)).build();
    JsonNode docs = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body())
        .at("/response/docs");
    return docs.size() == 0 ? null : docs.get(0);
  }

  private static Map<String, Object> jsonArticle(String id) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("title", FERRY_TITLE);
    doc.put("body", FERRY_BODY);
    doc.put("published", "2025-03-02T08:30:00Z");
    return doc;
  }

  /** A claim the processor never derived: a figure and a source found in no text. */
  private static Map<String, Object> forgedClaim(String article) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("id", article + "::forged");
    claim.put("doc_type", "claim");
    claim.put("claim_category", "killed");
    claim.put("claim_count", 5000);
    claim.put("claim_source", FORGED_SOURCE);
    claim.put("claim_source_type", "official");
    claim.put("claim_confidence", 0.99);
    claim.put("claim_confidence_label", "high");
    claim.put("claim_article", article);
    return claim;
  }

  private static SolrInputDocument toSolr(Map<String, Object> fields) {
    SolrInputDocument doc = new SolrInputDocument();
    fields.forEach(doc::setField);
    return doc;
  }

  /** A 400 (or the status given) whose message names each of {@code words}; nothing forged kept. */
  private static void assertRefused(String what, Reply r, int status, String... words)
      throws Exception {
    assertEquals(what + ": " + r, status, r.status());
    for (String w : words) {
      assertTrue(what + ": the message names '" + w + "': " + r, r.message().contains(w));
    }
    assertNoForgedClaim(what);
  }

  private static void assertNoForgedClaim(String what) throws Exception {
    assertEquals(what + ": no forged claim in the index", 0,
        count("claim_source:\"" + FORGED_SOURCE + "\" OR claim_count:5000"));
    assertEquals(what + ": no root that is not an article", 0,
        count("*:* -_nest_path_:* -doc_type:article"));
  }

  /** The article holds exactly the claims the engine finds in the ferry text. */
  private static void assertDerived(String id) throws Exception {
    JsonNode stored = article(id);
    assertNotNull(id + " indexed", stored);
    assertEquals(JSON.readTree(ClaimJson.toJson(ClaimsTestSupport.expected(FERRY_TITLE,
        FERRY_BODY))), JSON.readTree(stored.get("claims_json").asText()));
    assertEquals(ClaimsTestSupport.expected(FERRY_TITLE, FERRY_BODY).size(),
        stored.get("claims_count").asInt());
    assertEquals(stored.get("claims_count").asLong(),
        count("doc_type:claim AND _root_:" + id));
    assertFalse(stored.toString(), stored.toString().contains(FORGED_SOURCE));
  }

  // ------------------------------------------------------------------------------ default path

  @Test
  public void testJsonCannotCarryClaims() throws Exception {
    Map<String, Object> anonymous = jsonArticle("j-anon");
    anonymous.put("_childDocuments_", List.of(forgedClaim("j-anon")));
    assertRefused("JSON _childDocuments_", json("/update", "commit=true", List.of(anonymous)),
        400, "'j-anon'", "_childDocuments_");

    Map<String, Object> labelled = jsonArticle("j-label");
    labelled.put("comments", List.of(forgedClaim("j-label")));
    assertRefused("JSON labelled children", json("/update", "commit=true", List.of(labelled)),
        400, "'j-label'", "child documents under 'comments'");

    Map<String, Object> single = jsonArticle("j-single");
    single.put("sidebar", forgedClaim("j-single"));
    assertRefused("JSON one labelled child, an add command",
        json("/update", "commit=true", Map.of("add", Map.of("doc", single))),
        400, "'j-single'", "'sidebar'");
    Map<String, Object> docsPath = jsonArticle("j-docs");
    docsPath.put("claim_source", FORGED_SOURCE);
    assertRefused("/update/json/docs, a claim field",
        json("/update/json/docs", "commit=true", docsPath), 400, "'j-docs'", "'claim_source'");

    Map<String, Object> claimField = jsonArticle("j-field");
    claimField.put("claim_count", 5000);
    assertRefused("JSON claim field on the article",
        json("/update/json", "commit=true", List.of(claimField)), 400, "'claim_count'");

    Map<String, Object> posing = forgedClaim("j-pose");
    posing.put("id", "j-pose");
    assertRefused("JSON top-level claim", json("/update", "commit=true", List.of(posing)),
        400, "'j-pose'", "doc_type");
    Map<String, Object> typed = jsonArticle("j-type");
    typed.put("doc_type", "claim");
    assertRefused("JSON top-level doc_type:claim", json("/update", "commit=true", List.of(typed)),
        400, "doc_type [claim]");

    for (String nesting : List.of("_nest_path_", "_root_")) {
      Map<String, Object> filed = jsonArticle("j-nest");
      filed.put(nesting, nesting.equals("_root_") ? "j-other" : "/claims#0");
      assertRefused("JSON " + nesting + " on the article",
          json("/update", "commit=true", List.of(filed)), 400, nesting);
    }

    Reply v2 = post(v2Core + "/update", "commit=true", "application/json",
        JSON.writeValueAsString(anonymous));
    assertRefused("v2 API, anonymous children", v2, 400, "_childDocuments_");

    // an atomic update may not add a child either (Solr merges it into the stored block)
    assertEquals(200, json("/update", "commit=true", List.of(jsonArticle("j-atomic"))).status());
    Map<String, Object> add = new LinkedHashMap<>();
    add.put("id", "j-atomic");
    add.put("comments", Map.of("add", List.of(forgedClaim("j-atomic"))));
    assertRefused("JSON atomic add of a child", json("/update", "commit=true", List.of(add)),
        400, "'j-atomic'", "comments");
    assertDerived("j-atomic");
  }

  @Test
  public void testClaimsSentBackWithAnArticleAreReplaced() throws Exception {
    Map<String, Object> resent = jsonArticle("j-resent");
    resent.put("claims", List.of(forgedClaim("j-resent")));
    resent.put("claims_count", 99);
    resent.put("claims_sources", List.of(FORGED_SOURCE));
    resent.put("claims_max_killed", 5000);
    resent.put("claims_json", "[]");
    assertEquals(200, json("/update", "commit=true", List.of(resent)).status());
    assertDerived("j-resent");
    assertNoForgedClaim("claims sent back");

    SolrInputDocument javabin = toSolr(jsonArticle("b-resent"));
    javabin.setField("claims", List.of(toSolr(forgedClaim("b-resent"))));
    javabin.setField("claims_count", 99);
    assertEquals(200, javabin("/update", javabin, "commit", "true").status());
    assertDerived("b-resent");
    assertNoForgedClaim("claims sent back by javabin");
  }

  @Test
  public void testXmlCannotCarryClaims() throws Exception {
    String claim = "<doc><field name=\"id\">x-c</field><field name=\"doc_type\">claim</field>"
        + "<field name=\"claim_count\">5000</field><field name=\"claim_source\">" + FORGED_SOURCE
        + "</field><field name=\"claim_article\">x-1</field></doc>";
    String article = "<field name=\"id\">x-1</field><field name=\"title\">" + FERRY_TITLE
        + "</field><field name=\"body\">" + FERRY_BODY + "</field><field name=\"published\">"
        + ClaimsTestSupport.PUBLISHED + "</field>";
    assertRefused("XML anonymous child",
        xml("commit=true", "<add><doc>" + article + claim + "</doc></add>"), 400, "'x-1'",
        "_childDocuments_");
    assertRefused("XML labelled child",
        xml("commit=true", "<add><doc>" + article + "<field name=\"comments\">" + claim
            + "</field></doc></add>"), 400, "'x-1'", "'comments'");
    assertRefused("XML claim field",
        xml("commit=true", "<add><doc>" + article
            + "<field name=\"claim_source\">" + FORGED_SOURCE + "</field></doc></add>"),
        400, "'claim_source'");
    assertEquals(200, xml("commit=true", "<add><doc>" + article
        + "<field name=\"claims_count\">99</field></doc></add>").status());
    assertDerived("x-1");
  }

  @Test
  public void testJavabinAndCsvCannotCarryClaims() throws Exception {
    SolrInputDocument anonymous = toSolr(jsonArticle("b-anon"));
    anonymous.addChildDocument(toSolr(forgedClaim("b-anon")));
    assertRefused("javabin anonymous child", javabin("/update", anonymous), 400,
        "'b-anon'", "_childDocuments_");
    SolrInputDocument labelled = toSolr(jsonArticle("b-label"));
    labelled.setField("comments", List.of(toSolr(forgedClaim("b-label"))));
    assertRefused("javabin labelled child", javabin("/update", labelled), 400, "'comments'");
    SolrInputDocument posing = toSolr(forgedClaim("b-pose"));
    posing.setField("id", "b-pose");
    assertRefused("javabin top-level claim", javabin("/update", posing), 400, "'b-pose'");

    assertRefused("CSV claim field",
        post(core + "/update/csv", "commit=true", "text/csv",
            "id,title,claim_count\nc-1,Ferry capsizes,5000\n"), 400, "'claim_count'");
  }

  // ------------------------------------------------------------------------------ fixed chains

  @Test
  public void testNoParameterSwitchesAPathsChain() throws Exception {
    Map<String, Object> forged = jsonArticle("p-1");
    forged.put("claims", List.of(forgedClaim("p-1")));
    forged.put("doc_type", "article");
    for (String path : List.of("/update", "/update/json", "/update/json/docs")) {
      Object body = path.endsWith("docs") ? forged : List.of(forged);
      assertRefused("update.chain=preextracted on " + path,
          json(path, "commit=true&update.chain=preextracted", body), 403,
          "update.chain=preextracted");
    }
    assertRefused("update.chain on /update/csv",
        post(core + "/update/csv", "commit=true&update.chain=preextracted", "text/csv",
            "id,doc_type\np-csv,claim\n"), 403, "update.chain");
    assertRefused("update.chain by javabin",
        javabin("/update", toSolr(forged), "update.chain", "preextracted"), 403, "update.chain");
    assertRefused("update.chain on the v2 API",
        post(v2Core + "/update", "commit=true&update.chain=preextracted", "application/json",
            JSON.writeValueAsString(forged)), 403, "update.chain");
    assertRefused("update.chain=claims on /update/preextracted",
        json(PREEXTRACTED, "update.chain=claims", List.of(jsonArticle("p-2"))), 403,
        "update.chain=claims");

    // processors added by a request would run after the claims processor
    assertRefused("processor=template",
        json("/update", "commit=true&processor=template&template.field=claims_count:99",
            List.of(jsonArticle("p-3"))), 403, "'processor'");
    assertRefused("post-processor=template",
        json("/update", "commit=true&post-processor=template&template.field=claims_count:99",
            List.of(jsonArticle("p-3"))), 403, "'post-processor'");
    // Solr's forwarding parameter would skip the processor; a standalone core forwards nothing
    assertRefused("update.distrib on a standalone core",
        json("/update", "commit=true&update.distrib=FROMLEADER", List.of(forged)), 403,
        "update.distrib");
    assertEquals(0, count("id:p-*"));
  }

  // ------------------------------------------------------------------------------ pre-extracted

  /** An article as ClaimDocuments.attach writes it, as JSON: what a pipeline would send. */
  private static Map<String, Object> preextracted(String id) {
    Map<String, Object> doc = jsonArticle(id);
    doc.put("doc_type", "article");
    Map<String, Object> claim = forgedClaim(id);
    claim.put("id", id + "::claim-1");
    claim.put("claim_count", 12);
    claim.put("claim_source", "Harbour police");
    doc.put("claims", List.of(claim));
    doc.put("claims_count", 1);
    return doc;
  }

  @Test
  public void testPreextractedPathChecksTheStructure() throws Exception {
    assertEquals(200, json(PREEXTRACTED, "commit=true", List.of(preextracted("pre-ok"))).status());
    JsonNode stored = article("pre-ok");
    assertEquals("written as sent", 1, stored.get("claims_count").asInt());
    assertEquals(1, count("_root_:pre-ok AND claim_source:\"Harbour police\""));

    Map<String, Object> untyped = preextracted("pre-untyped");
    untyped.remove("doc_type");
    assertRefused("no doc_type:article",
        json(PREEXTRACTED, "commit=true", List.of(untyped)), 400, "'pre-untyped'",
        "no doc_type:article");
    Map<String, Object> claimRoot = preextracted("pre-claim");
    claimRoot.put("doc_type", "claim");
    assertRefused("a root posing as a claim",
        json(PREEXTRACTED, "commit=true", List.of(claimRoot)), 400, "'pre-claim'");
    Map<String, Object> badChild = preextracted("pre-child");
    ((Map<String, Object>) ((List<?>) badChild.get("claims")).get(0)).remove("doc_type");
    assertRefused("a child without doc_type:claim",
        json(PREEXTRACTED, "commit=true", List.of(badChild)), 400, "'pre-child'",
        "no doc_type:claim");
    Map<String, Object> elsewhere = preextracted("pre-other");
    ((Map<String, Object>) ((List<?>) elsewhere.get("claims")).get(0))
        .put("claim_article", "pre-ok");
    assertRefused("a claim filed under another article",
        json(PREEXTRACTED, "commit=true", List.of(elsewhere)), 400, "claim_article");
    Map<String, Object> anonymous = preextracted("pre-anon");
    anonymous.put("_childDocuments_", anonymous.remove("claims"));
    assertRefused("anonymous children", json(PREEXTRACTED, "commit=true", List.of(anonymous)),
        400, "_childDocuments_");
    Map<String, Object> labelled = preextracted("pre-label");
    labelled.put("comments", labelled.remove("claims"));
    assertRefused("children under another field",
        json(PREEXTRACTED, "commit=true", List.of(labelled)), 400, "'comments'");
    assertEquals("only the good article", 1, count("doc_type:article"));
    assertEquals(1, count("doc_type:claim"));
  }

  // ------------------------------------------------------------------------------ deletes

  @Test
  public void testDeleteByQueryOfClaimsAloneIsRefused() throws Exception {
    Map<String, Object> blast = jsonArticle("d-2");
    blast.put("title", BLAST_TITLE);
    blast.put("body", BLAST_BODY);
    assertEquals(200, json("/update", "commit=true", List.of(jsonArticle("d-1"), blast)).status());
    long claims = count("doc_type:claim");
    assertTrue(claims > 2);

    for (String path : List.of("/update", PREEXTRACTED)) {
      for (String query : List.of("doc_type:claim", "claim_count:9", "claim_category:killed")) {
        Reply r = post(core + path, "commit=true", "application/json",
            "{\"delete\":{\"query\":\"" + query + "\"}}");
        assertEquals(path + " " + query + ": " + r, 400, r.status());
        assertTrue(r.toString(), r.message().contains("without their article"));
        assertTrue(r.toString(), r.message().contains("stale"));
      }
    }
    assertEquals(claims, count("doc_type:claim"));
    assertDerived("d-1");

    // a query matching a whole block (article and claims) deletes it
    Reply r = post(core + "/update", "commit=true", "application/json",
        "{\"delete\":{\"query\":\"_root_:d-1\"}}");
    assertEquals(r.toString(), 200, r.status());
    assertEquals(0, count("_root_:d-1"));
    assertEquals(1, count("doc_type:article"));
    assertEquals(count("doc_type:claim"), article("d-2").get("claims_count").asLong());
  }

  // ------------------------------------------------------------------------------ JSON depth

  @Test
  public void testDeepJsonIsRefusedOnEveryPath() throws Exception {
    String deep = "[" + "{\"body\":".repeat(5000) + "\"x\"" + "}".repeat(5000) + "]";
    List<String[]> ways = new ArrayList<>();
    ways.add(new String[] {core + "/update", "", "application/json"});
    ways.add(new String[] {core + "/update/json", "", "text/plain"});
    ways.add(new String[] {core + "/update/json/docs", "", "application/json"});
    ways.add(new String[] {core + "/update", "update.contentType=application/json", "text/plain"});
    ways.add(new String[] {core + PREEXTRACTED, "", "application/json"});
    ways.add(new String[] {v2Core + "/update", "", "application/json"});
    for (String[] way : ways) {
      Reply r = post(way[0], way[1], way[2], deep);
      assertEquals(way[0] + " " + way[1] + ": " + r, 400, r.status());
      assertTrue(r.toString(), r.message().contains("maxJsonDepth"));
    }
  }
}
