package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.QUIET_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.QUIET_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.expected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Function;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.common.SolrException;
import org.apache.solr.util.ErrorLogMuter;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.FieldText;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@code /claims/analyze} in a core of the real configset, rendered as JSON and as XML. */
public class ClaimsAnalyzeHandlerTest extends SolrTestCaseJ4 {
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeClass
  public static void startCore() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    initCore("solrconfig.xml", "schema.xml", TEST_HOME());
  }

  private static JsonNode analyzeJson(String... params) throws Exception {
    String[] all = new String[params.length + 2];
    System.arraycopy(params, 0, all, 0, params.length);
    all[params.length] = "wt";
    all[params.length + 1] = "json";
    return JSON.readTree(h.query("/claims/analyze", req(all)));
  }

  @Test
  public void testJsonResponseHoldsTheProcessorsClaims() throws Exception {
    List<Claim> ferry = expected(FERRY_TITLE, FERRY_BODY);
    JsonNode rsp = analyzeJson("title", FERRY_TITLE, "text", FERRY_BODY);
    assertEquals(0, rsp.at("/responseHeader/status").asInt());
    assertEquals("ok", rsp.get("status").asText());
    assertEquals(FERRY_TITLE.length() + FERRY_BODY.length(), rsp.get("chars").asInt());
    assertTrue(rsp.get("enabled").asBoolean());
    assertEquals(JSON.readTree(ClaimJson.toJson(ferry)), rsp.get("claims"));

    JsonNode first = rsp.at("/claims/0");
    assertTrue("reasons", first.get("confidence_reasons").isArray());
    assertTrue("evidence", first.at("/evidence/0/sentence").isTextual());
    // every claim shows its event, null where unknown
    for (JsonNode claim : rsp.get("claims")) {
      for (String key : List.of("place", "place_name", "region", "country", "lat", "lon",
          "event_date", "event_date_end", "scope")) {
        assertTrue(key + " in " + claim, claim.has(key));
      }
    }

    JsonNode summary = rsp.get("summary");
    assertEquals(ferry.size(), summary.get("claims_count").asInt());
    assertEquals("ok", summary.get("claims_status").asText());
    assertTrue(summary.get("claims_categories").toString().contains("killed"));
    assertEquals(9, summary.get("claims_max_killed").asLong());
    assertNull("the claims are not repeated as JSON text", summary.get("claims_json"));

    // nothing was indexed
    assertU(commit());
    assertQ(req("q", "*:*"), "//result[@numFound='0']");
  }

  @Test
  public void testTitleIsOptional() throws Exception {
    JsonNode rsp = analyzeJson("text", FERRY_BODY);
    assertEquals(JSON.readTree(ClaimJson.toJson(expected(null, FERRY_BODY))), rsp.get("claims"));
  }

  @Test
  public void testTextWithoutClaims() throws Exception {
    JsonNode rsp = analyzeJson("title", QUIET_TITLE, "text", QUIET_BODY);
    assertEquals("none", rsp.get("status").asText());
    assertEquals(0, rsp.get("claims").size());
    assertEquals(0, rsp.at("/summary/claims_count").asInt());
  }

  @Test
  public void testXmlResponse() throws Exception {
    List<Claim> ferry = expected(FERRY_TITLE, FERRY_BODY);
    String xml =
        h.query("/claims/analyze",
            req("title", FERRY_TITLE, "text", FERRY_BODY, "wt", "xml"));
    String failed =
        h.validateXPath(
            xml,
            "//lst[@name='responseHeader']/int[@name='status'][.='0']",
            "/response/str[@name='status'][.='ok']",
            "count(/response/arr[@name='claims']/lst)=" + ferry.size(),
            "/response/arr[@name='claims']/lst[1]/str[@name='category'][.='"
                + ferry.get(0).category().label() + "']",
            "/response/arr[@name='claims']/lst[1]/long[@name='count'][.='" + ferry.get(0).count()
                + "']",
            "/response/arr[@name='claims']/lst[1]/arr[@name='confidence_reasons']/str",
            "/response/arr[@name='claims']/lst[1]/arr[@name='evidence']/lst/str[@name='sentence']",
            "/response/lst[@name='summary']/int[@name='claims_count'][.='" + ferry.size() + "']",
            "/response/lst[@name='summary']/long[@name='claims_max_killed'][.='9']");
    assertNull(failed + "\n" + xml, failed);
  }

  @Test
  public void testMissingTextIsA400NamingIt() throws Exception {
    try (ErrorLogMuter muted = ErrorLogMuter.substring("claims analyze")) {
      for (String[] params :
          List.of(new String[] {"title", FERRY_TITLE}, new String[] {"text", "  "},
              new String[] {})) {
        SolrException e =
            expectThrows(SolrException.class, () -> h.query("/claims/analyze", req(params)));
        assertEquals(400, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("missing required parameter 'text'"));
      }
    }
  }

  @Test
  public void testInputAboveTheCapIsA400NamingTheCap() throws Exception {
    int cap = ExtractorSettings.DEFAULT_MAX_CHARS;
    String text = "a".repeat(cap - 10) + " ";
    String title = "Twelve words of a long title";
    try (ErrorLogMuter muted = ErrorLogMuter.substring("claims analyze")) {
      SolrException e =
          expectThrows(SolrException.class,
              () -> h.query("/claims/analyze", req("title", title, "text", text)));
      assertEquals(400, e.code());
      assertTrue(e.getMessage(), e.getMessage().contains("above the cap of " + cap));
      assertTrue(e.getMessage(), e.getMessage().contains("maxChars"));
    }
    // at the cap exactly, it is read
    String fits = "b".repeat(cap - title.length());
    assertEquals("none",
        JSON.readTree(h.query("/claims/analyze", req("title", title, "text", fits, "wt", "json")))
            .get("status").asText());
  }

  /** The claims processor of the default chain, whose extraction analyze and updates run. */
  private static ClaimsUpdateProcessorFactory processor() {
    return h.getCore().getUpdateProcessingChain(null).getProcessors().stream()
        .filter(f -> f instanceof ClaimsUpdateProcessorFactory)
        .map(f -> (ClaimsUpdateProcessorFactory) f)
        .findFirst().orElseThrow();
  }

  @Test
  public void testAnEngineFailureIsA500WithItsCause() throws Exception {
    ClaimsUpdateProcessorFactory claims = processor();
    Function<List<FieldText>, ExtractionResult> engine = claims.extraction();
    IllegalStateException bug = new IllegalStateException("engine broke on purpose");
    claims.replaceExtraction(fields -> {
      throw bug;
    });
    try (ErrorLogMuter muted = ErrorLogMuter.substring("broke on purpose")) {
      SolrException e =
          expectThrows(SolrException.class,
              () -> h.query("/claims/analyze", req("text", FERRY_BODY)));
      assertEquals("a fault of ours, not of the request", 500, e.code());
      assertSame("the cause is kept", bug, e.getCause());

      // an update with onError=fail: the same engine failure is a 500 too
      SolrException update =
          expectThrows(SolrException.class,
              () -> updateJ(jsonAdd(sdoc("id", "broken-1", "body", FERRY_BODY)),
                  params("claims.onError", "fail")));
      assertEquals(500, update.code());
      assertTrue(update.getMessage(), update.getMessage().contains("'broken-1'"));
    } finally {
      claims.replaceExtraction(engine);
    }
    assertEquals("ok", analyzeJson("text", FERRY_BODY).get("status").asText());
  }
}
