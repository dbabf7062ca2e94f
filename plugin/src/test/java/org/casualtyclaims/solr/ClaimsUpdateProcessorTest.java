package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.BLAST_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.BLAST_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.QUIET_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.QUIET_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.article;
import static org.casualtyclaims.solr.ClaimsTestSupport.expected;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Timer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.util.ErrorLogMuter;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.Category;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The claims processor in a standalone core built from the real configset, through real requests. */
public class ClaimsUpdateProcessorTest extends EmbeddedCoreTestCase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLISHED = "2025-03-02T08:30:00Z";

  @BeforeClass
  public static void setUpCore() throws Exception {
    startTestHomeCore();
  }

  @Before
  public void emptyIndex() throws Exception {
    client.deleteByQuery("*:*");
    client.commit();
  }

  // ---------------------------------------------------------------- requests

  private static void postJson(String json, String... params) throws Exception {
    post(json, "application/json", params);
  }

  private static void postXml(String xml, String... params) throws Exception {
    post(xml, "application/xml", params);
  }

  private static void post(String body, String contentType, String... params) throws Exception {
    ContentStreamUpdateRequest update = new ContentStreamUpdateRequest("/update");
    update.addContentStream(new ContentStreamBase.StringStream(body, contentType));
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i < params.length; i += 2) {
      p.add(params[i], params[i + 1]);
    }
    update.setParams(p);
    client.request(update);
  }

  private static String jsonDocs(Map<?, ?>... docs) throws Exception {
    return JSON.writeValueAsString(List.of(docs));
  }

  private static Map<String, Object> jsonArticle(String id, Object title, Object body) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    doc.put("title", title);
    doc.put("body", body);
    doc.put("published", PUBLISHED);
    doc.put("outlet", "Test Wire");
    return doc;
  }

  private static SolrDocument parent(String id) throws Exception {
    SolrDocumentList docs = client.query(params("q", "id:\"" + id + "\"", "fl", "*")).getResults();
    assertEquals("parents with id " + id, 1, docs.getNumFound());
    return docs.get(0);
  }

  /** The claim documents of an article, in child-id order. */
  private static List<SolrDocument> claimsOf(String id) throws Exception {
    SolrDocumentList docs =
        client
            .query(params("q", "doc_type:claim", "fq", "{!term f=claim_article}" + id,
                "fl", "*", "rows", "1000"))
            .getResults();
    List<SolrDocument> sorted = new ArrayList<>(docs);
    sorted.sort((a, b) -> Integer.compare(position(a), position(b)));
    return sorted;
  }

  private static int position(SolrDocument child) {
    String id = (String) child.getFieldValue("id");
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }

  private static long count(String q) throws Exception {
    return client.query(params("q", q, "rows", "0")).getResults().getNumFound();
  }

  // ---------------------------------------------------------------- checks

  /** The parent and its children hold exactly the engine's claims for the text. */
  private static void assertTagged(String id, List<Claim> claims) throws Exception {
    SolrDocument p = parent(id);
    assertEquals("article", p.getFieldValue("doc_type"));
    assertEquals(claims.isEmpty() ? "none" : "ok", p.getFieldValue("claims_status"));
    assertEquals(claims.size(), p.getFieldValue("claims_count"));
    assertEquals(ClaimJson.toJson(claims), p.getFieldValue("claims_json"));
    assertEquals(
        claims.stream().map(c -> c.category().label()).distinct().toList(),
        values(p, "claims_categories"));
    assertEquals(
        claims.stream().map(c -> c.sourceType().label()).distinct().toList(),
        values(p, "claims_source_types"));
    assertEquals(
        claims.stream().map(Claim::source).filter(s -> s != null).distinct().toList(),
        values(p, "claims_sources"));
    assertEquals(
        claims.stream().map(c -> c.confidenceLabel().label()).distinct().toList(),
        values(p, "claims_confidence_labels"));
    for (Category category : Category.values()) {
      Long max =
          claims.stream()
              .filter(c -> c.category() == category && !c.vague())
              .map(c -> c.countMax() == null ? c.count() : Math.max(c.count(), c.countMax()))
              .max(Long::compare)
              .orElse(null);
      assertEquals(ClaimFields.maxOf(category), max, p.getFieldValue(ClaimFields.maxOf(category)));
    }

    List<SolrDocument> children = claimsOf(id);
    assertEquals("claim documents of " + id, claims.size(), children.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      SolrDocument child = children.get(i);
      assertEquals(id + "::claim-" + (i + 1), child.getFieldValue("id"));
      assertEquals("claim", child.getFieldValue("doc_type"));
      assertEquals(id, child.getFieldValue("claim_article"));
      assertEquals(c.category().label(), child.getFieldValue("claim_category"));
      assertEquals(c.count(), child.getFieldValue("claim_count"));
      assertEquals(c.countMax(), child.getFieldValue("claim_count_max"));
      assertEquals(c.qualifier().label(), child.getFieldValue("claim_qualifier"));
      assertEquals(c.vague(), child.getFieldValue("claim_vague"));
      assertEquals(c.victims(), child.getFieldValue("claim_victims"));
      assertEquals(c.source(), child.getFieldValue("claim_source"));
      assertEquals(c.sourceType().label(), child.getFieldValue("claim_source_type"));
      assertEquals(c.via(), child.getFieldValue("claim_via"));
      assertEquals((float) c.confidence(), child.getFieldValue("claim_confidence"));
      assertEquals(c.confidenceLabel().label(), child.getFieldValue("claim_confidence_label"));
      assertEquals(
          c.confidenceReasons().isEmpty() ? null : c.confidenceReasons(),
          child.getFieldValues("claim_reasons") == null
              ? null
              : new ArrayList<>(child.getFieldValues("claim_reasons")));
      assertEquals(c.mentions(), child.getFieldValue("claim_mentions"));
      assertEquals(
          JSON.writeValueAsString(ClaimJson.toMap(c).get("evidence")),
          child.getFieldValue("claim_evidence"));
      assertEquals(Date.from(Instant.parse(PUBLISHED)), child.getFieldValue("claim_published"));
    }
  }

  private static List<Object> values(SolrDocument doc, String field) {
    return doc.getFieldValues(field) == null ? List.of() : new ArrayList<>(doc.getFieldValues(field));
  }

  private static long counter(String name) {
    Counter c =
        h.getCore().getCoreMetricManager().getRegistry().getCounters()
            .get(ClaimsMetrics.fullName(name));
    assertNotNull("metric " + name, c);
    return c.getCount();
  }

  // ---------------------------------------------------------------- tests

  @Test
  public void testJsonUpdateWritesClaimsAndSummary() throws Exception {
    List<Claim> ferry = expected(FERRY_TITLE, FERRY_BODY);
    assertTrue("the ferry article has several claims", ferry.size() >= 2);
    assertTrue(
        "nine killed is among them",
        ferry.stream().anyMatch(c -> c.category() == Category.KILLED && c.count() == 9));

    postJson(
        jsonDocs(jsonArticle("json-1", FERRY_TITLE, FERRY_BODY),
            jsonArticle("json-2", QUIET_TITLE, QUIET_BODY)),
        "commit", "true");

    assertTagged("json-1", ferry);
    assertEquals(9L, parent("json-1").getFieldValue("claims_max_killed"));
    assertTagged("json-2", expected(QUIET_TITLE, QUIET_BODY));
    assertEquals(ferry.size(), count("doc_type:claim"));
    assertEquals(2, count("doc_type:article"));
  }

  @Test
  public void testXmlUpdateWritesClaims() throws Exception {
    postXml(
        adoc("id", "xml-1", "title", BLAST_TITLE, "body", BLAST_BODY, "published", PUBLISHED,
            "outlet", "Test Wire"),
        "commit", "true");
    List<Claim> blast = expected(BLAST_TITLE, BLAST_BODY);
    assertFalse(blast.isEmpty());
    assertTagged("xml-1", blast);
  }

  @Test
  public void testChildTransformerReturnsClaims() throws Exception {
    client.add(article("nested-1", FERRY_TITLE, FERRY_BODY));
    client.commit();
    List<Claim> ferry = expected(FERRY_TITLE, FERRY_BODY);

    SolrDocumentList docs =
        client.query(params("q", "id:nested-1", "fl", "*,[child]")).getResults();
    assertEquals(1, docs.size());
    Object claims = docs.get(0).getFieldValue("claims");
    assertTrue("claims is a list of documents: " + claims, claims instanceof List);
    List<?> children = (List<?>) claims;
    assertEquals(ferry.size(), children.size());
    for (int i = 0; i < ferry.size(); i++) {
      SolrDocument child = (SolrDocument) children.get(i);
      assertEquals("nested-1::claim-" + (i + 1), child.getFieldValue("id"));
      assertEquals(ferry.get(i).category().label(), child.getFieldValue("claim_category"));
      assertEquals(ferry.get(i).count(), child.getFieldValue("claim_count"));
    }

    // and the reverse: the articles whose claims match, by block join
    SolrDocumentList byClaim =
        client
            .query(params("q", "{!parent which='*:* -_nest_path_:*'}claim_count:9", "fl", "id"))
            .getResults();
    assertEquals(1, byClaim.getNumFound());
    assertEquals("nested-1", byClaim.get(0).getFieldValue("id"));
  }

  @Test
  public void testReindexReplacesClaims() throws Exception {
    client.add(article("re-1", FERRY_TITLE, FERRY_BODY));
    client.commit();
    int before = expected(FERRY_TITLE, FERRY_BODY).size();
    assertEquals(before, claimsOf("re-1").size());

    List<Claim> blast = expected(BLAST_TITLE, BLAST_BODY);
    assertTrue("fewer claims the second time", blast.size() < before);
    client.add(article("re-1", BLAST_TITLE, BLAST_BODY));
    client.commit();
    assertTagged("re-1", blast);
    assertEquals(blast.size(), count("doc_type:claim"));
    assertEquals(0, count("id:\"re-1::claim-" + before + "\""));

    // an article sent with claims of its own: they are replaced by the extracted ones
    SolrInputDocument forged = article("re-1", null, "No figures in this one.");
    SolrInputDocument fake = new SolrInputDocument();
    fake.setField("id", "re-1::forged");
    fake.setField("claim_category", "killed");
    fake.setField("claim_count", 5000L);
    forged.setField("claims", List.of(fake));
    forged.setField("claims_count", 99);
    forged.setField("claims_status", "ok");
    client.add(forged);
    client.commit();
    assertTagged("re-1", List.of());
    assertEquals(0, count("doc_type:claim"));
    assertEquals(1, count("*:*"));
  }

  @Test
  public void testDocumentWithoutTextIsIndexedWithStatusNone() throws Exception {
    SolrInputDocument bare = new SolrInputDocument();
    bare.setField("id", "bare-1");
    bare.setField("outlet", "Test Wire");
    client.add(bare);
    client.commit();
    SolrDocument p = parent("bare-1");
    assertEquals("none", p.getFieldValue("claims_status"));
    assertEquals(0, p.getFieldValue("claims_count"));
    assertEquals("[]", p.getFieldValue("claims_json"));
    assertEquals("article", p.getFieldValue("doc_type"));
    assertEquals(0, count("doc_type:claim"));
  }

  @Test
  public void testNonStringValuesAreReadAsText() throws Exception {
    // JSON numbers in the text fields are read as their digits (the schema keeps them as text)
    postJson(jsonDocs(jsonArticle("values-1", 2025, FERRY_BODY), jsonArticle("values-2", 7, 42)),
        "commit", "true");
    assertTagged("values-1", ClaimsTestSupport.expected("2025", FERRY_BODY));
    assertEquals("2025", parent("values-1").getFieldValue("title"));
    assertTagged("values-2", ClaimsTestSupport.expected("7", "42"));
    assertEquals("none", parent("values-2").getFieldValue("claims_status"));
  }

  @Test
  public void testAtomicUpdateKeepsClaims() throws Exception {
    client.add(article("atomic-1", FERRY_TITLE, FERRY_BODY));
    client.commit();
    List<SolrDocument> before = claimsOf("atomic-1");
    SolrDocument parentBefore = parent("atomic-1");
    long tagged = counter(ClaimsMetrics.TAGGED);

    postJson("[{\"id\": \"atomic-1\", \"tags\": {\"set\": [\"lakes\", \"transport\"]}}]",
        "commit", "true");

    SolrDocument parentAfter = parent("atomic-1");
    assertEquals(List.of("lakes", "transport"), values(parentAfter, "tags"));
    for (String field : List.of("title", "body", "claims_json", "claims_count", "claims_status",
        "claims_sources", "claims_max_killed", "doc_type")) {
      assertEquals(field, parentBefore.getFieldValue(field), parentAfter.getFieldValue(field));
    }
    List<SolrDocument> after = claimsOf("atomic-1");
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      for (String field : before.get(i).getFieldNames()) {
        if (!field.equals("_version_")) {
          assertEquals(field, before.get(i).getFieldValue(field), after.get(i).getFieldValue(field));
        }
      }
    }
    assertEquals("an atomic update is not re-extracted", tagged, counter(ClaimsMetrics.TAGGED));
    assertTagged("atomic-1", expected(FERRY_TITLE, FERRY_BODY));
  }

  @Test
  public void testAtomicUpdateOfSourceOrClaimFieldsIsRefused() throws Exception {
    try (ErrorLogMuter expected = ErrorLogMuter.substring("claims:")) {
      client.add(article("atomic-2", FERRY_TITLE, FERRY_BODY));
      client.commit();
      for (String field : List.of("body", "title", "published", "claims_count", "claims")) {
        SolrException e =
            expectThrows(
                SolrException.class,
                () -> postJson("[{\"id\": \"atomic-2\", \"" + field + "\": {\"set\": null}}]"));
        assertEquals(400, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("cannot change " + field));
        assertTrue(e.getMessage(), e.getMessage().contains("atomic-2"));
      }
      client.commit();
      assertTagged("atomic-2", expected(FERRY_TITLE, FERRY_BODY));
      assertEquals(FERRY_BODY, parent("atomic-2").getFieldValue("body"));
    }
  }

  @Test
  public void testDeleteByIdDeletesClaims() throws Exception {
    client.add(List.of(article("del-1", FERRY_TITLE, FERRY_BODY),
        article("del-2", BLAST_TITLE, BLAST_BODY)));
    client.commit();
    client.deleteById("del-1");
    client.commit();
    assertEquals(0, count("id:del-1"));
    assertEquals(0, claimsOf("del-1").size());
    assertEquals(0, count("_root_:del-1"));
    assertTagged("del-2", expected(BLAST_TITLE, BLAST_BODY));
  }

  @Test
  public void testDeleteByQueryDeletesClaimsOfMatchedArticles() throws Exception {
    SolrInputDocument other = article("dbq-2", BLAST_TITLE, BLAST_BODY);
    other.setField("outlet", "Harbour Post");
    client.add(List.of(article("dbq-1", FERRY_TITLE, FERRY_BODY), other,
        article("dbq-3", BLAST_TITLE, BLAST_BODY)));
    client.commit();

    client.deleteByQuery("outlet:\"Test Wire\"");
    client.commit();
    assertEquals(1, count("doc_type:article"));
    assertEquals("no orphaned claims", 0, count("doc_type:claim -claim_article:dbq-2"));
    assertTagged("dbq-2", expected(BLAST_TITLE, BLAST_BODY));

    // quoting in the query survives the rewrite
    client.deleteByQuery("id:dbq-2 OR title:\"it's \\\"quoted\\\"\"");
    client.commit();
    assertEquals(0, count("*:*"));
  }

  @Test
  public void testClaimsEnabledFalseSkipsTagging() throws Exception {
    long skipped = counter(ClaimsMetrics.SKIPPED);
    postJson(jsonDocs(jsonArticle("skip-1", FERRY_TITLE, FERRY_BODY)),
        "claims.enabled", "false", "commit", "true");
    SolrDocument p = parent("skip-1");
    assertEquals("skipped", p.getFieldValue("claims_status"));
    assertEquals("article", p.getFieldValue("doc_type"));
    assertNull(p.getFieldValue("claims_count"));
    assertEquals(0, count("doc_type:claim"));
    assertEquals(skipped + 1, counter(ClaimsMetrics.SKIPPED));

    // the same request without the parameter tags it
    postJson(jsonDocs(jsonArticle("skip-1", FERRY_TITLE, FERRY_BODY)), "commit", "true");
    assertTagged("skip-1", expected(FERRY_TITLE, FERRY_BODY));
  }

  @Test
  public void testBadClaimsParametersAreRefused() throws Exception {
    try (ErrorLogMuter expected = ErrorLogMuter.substring("claims:")) {
      SolrException e =
          expectThrows(SolrException.class,
              () -> postJson(jsonDocs(jsonArticle("param-1", FERRY_TITLE, FERRY_BODY)),
                  "claims.enabled", "perhaps"));
      assertEquals(400, e.code());
      assertTrue(e.getMessage(), e.getMessage().contains("claims.enabled"));

      e = expectThrows(SolrException.class,
          () -> postJson(jsonDocs(jsonArticle("param-1", FERRY_TITLE, FERRY_BODY)),
              "claims.enable", "false"));
      assertEquals(400, e.code());
      assertTrue(e.getMessage(), e.getMessage().contains("'claims.enable'"));

      e = expectThrows(SolrException.class,
          () -> postJson(jsonDocs(jsonArticle("param-1", FERRY_TITLE, FERRY_BODY)),
              "claims.onError", "shrug"));
      assertEquals(400, e.code());
      assertTrue(e.getMessage(), e.getMessage().contains("claims.onError"));

      // given twice, even alike: which one counts would be a guess
      for (String[] twice :
          List.of(new String[] {"claims.enabled", "true", "claims.enabled", "false"},
              new String[] {"claims.onError", "fail", "claims.onError", "fail"})) {
        e = expectThrows(SolrException.class,
            () -> postJson(jsonDocs(jsonArticle("param-1", FERRY_TITLE, FERRY_BODY)), twice));
        assertEquals(400, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("'" + twice[0] + "' is given 2 times"));
      }
      client.commit();
      assertEquals(0, count("*:*"));
    }
  }

  @Test
  public void testUnreadableFieldIsIndexedWithStatusError() throws Exception {
    long errors = counter(ClaimsMetrics.ERRORS);
    // binary data (javabin carries it) has no text form
    SolrInputDocument binary = article("err-1", FERRY_TITLE, null);
    binary.setField("body", new byte[] {0, 1, 2, (byte) 0xff});
    client.add(binary);
    client.commit();
    SolrDocument p = parent("err-1");
    assertEquals("error", p.getFieldValue("claims_status"));
    assertEquals("article", p.getFieldValue("doc_type"));
    assertNull(p.getFieldValue("claims_count"));
    assertEquals(0, count("doc_type:claim"));
    assertEquals(errors + 1, counter(ClaimsMetrics.ERRORS));
  }

  @Test
  public void testOnErrorFailRefusesTheDocument() throws Exception {
    try (ErrorLogMuter expected = ErrorLogMuter.substring("claims:")) {
      long errors = counter(ClaimsMetrics.ERRORS);
      SolrInputDocument binary = article("err-2", FERRY_TITLE, null);
      binary.setField("body", new byte[] {0, 1, 2, (byte) 0xff});
      UpdateRequest add = new UpdateRequest();
      add.add(binary);
      add.setParam("claims.onError", "fail");
      SolrException e = expectThrows(SolrException.class, () -> add.process(client));
      assertEquals("the document is at fault: a 400", 400, e.code());
      assertTrue(e.getMessage(), e.getMessage().contains("'err-2'"));
      assertTrue(e.getMessage(), e.getMessage().contains("field 'body' holds binary data"));
      client.commit();
      assertEquals(0, count("*:*"));
      assertEquals(errors + 1, counter(ClaimsMetrics.ERRORS));
    }
  }

  /** What the next processor in the chain received. */
  private static final class Capture extends UpdateRequestProcessor {
    final List<SolrInputDocument> added = new ArrayList<>();

    Capture() {
      super(null);
    }

    @Override
    public void processAdd(AddUpdateCommand cmd) {
      added.add(cmd.getSolrInputDocument());
    }
  }

  @Test
  public void testEngineFailureNeverLosesTheDocument() throws Exception {
    ClaimsSettings settings = ClaimsSettings.defaults();
    ClaimsMetrics metrics =
        new ClaimsMetrics(h.getCore().getSolrMetricsContext().getChildContext(this));
    long errors = metrics.errors.getCount();
    try (SolrQueryRequest req = req()) {
      Capture next = new Capture();
      ClaimsUpdateProcessor processor =
          new ClaimsUpdateProcessor(
              settings,
              new ClaimsRequestOptions(true, OnError.INDEX),
              (fields, published) -> {
                throw new IllegalStateException("engine broke on purpose");
              },
              EventSeries.UNFOLDED,
              metrics,
              "id",
              next);
      AddUpdateCommand add = new AddUpdateCommand(req);
      add.solrDoc = article("engine-1", FERRY_TITLE, FERRY_BODY);
      processor.processAdd(add);
      assertEquals(1, next.added.size());
      SolrInputDocument doc = next.added.get(0);
      assertEquals("error", doc.getFieldValue("claims_status"));
      assertEquals(FERRY_BODY, doc.getFieldValue("body"));
      assertNull(doc.getField("claims"));
      assertNull(doc.getField("claims_json"));
      assertEquals(errors + 1, metrics.errors.getCount());

      ClaimsUpdateProcessor failing =
          new ClaimsUpdateProcessor(
              settings,
              new ClaimsRequestOptions(true, OnError.FAIL),
              (fields, published) -> {
                throw new IllegalStateException("engine broke on purpose");
              },
              EventSeries.UNFOLDED,
              metrics,
              "id",
              next);
      AddUpdateCommand again = new AddUpdateCommand(req);
      again.solrDoc = article("engine-2", FERRY_TITLE, FERRY_BODY);
      SolrException e = expectThrows(SolrException.class, () -> failing.processAdd(again));
      assertEquals("a fault of ours: a 500", 500, e.code());
      assertTrue("the cause is kept", e.getCause() instanceof IllegalStateException);
      assertTrue(e.getMessage(), e.getMessage().contains("engine broke on purpose"));
      assertTrue(e.getMessage(), e.getMessage().contains("'engine-2'"));
      assertEquals(1, next.added.size());
    }
  }

  @Test
  public void testMetricsAreInTheRegistryAndAdminMetrics() throws Exception {
    long tagged = counter(ClaimsMetrics.TAGGED);
    long found = counter(ClaimsMetrics.CLAIMS_FOUND);
    Timer timer =
        h.getCore().getCoreMetricManager().getRegistry().getTimers()
            .get(ClaimsMetrics.fullName(ClaimsMetrics.TIME));
    long timed = timer.getCount();

    client.add(List.of(article("m-1", FERRY_TITLE, FERRY_BODY),
        article("m-2", QUIET_TITLE, QUIET_BODY)));
    client.commit();
    assertEquals(tagged + 2, counter(ClaimsMetrics.TAGGED));
    assertEquals(found + expected(FERRY_TITLE, FERRY_BODY).size(),
        counter(ClaimsMetrics.CLAIMS_FOUND));
    assertEquals(timed + 2, timer.getCount());

    GenericSolrRequest metrics =
        new GenericSolrRequest(
            SolrRequest.METHOD.GET, "/admin/metrics",
            params("group", "core", "prefix", "UPDATE.claims."));
    NamedList<Object> rsp = client.request(metrics);
    String text = rsp.toString();
    for (String name : ClaimsMetrics.NAMES) {
      assertTrue(name + " in " + text, text.contains(ClaimsMetrics.fullName(name)));
    }
  }
}
