package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.util.ErrorLogMuter;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Configuration of the claims processor and handler: cores built from the real configset with
 * one setting changed. A bad setting fails core load with a message naming it; good settings take
 * effect.
 */
public class ClaimsConfigTest extends SolrTestCaseJ4 {
  private static Path home;
  private static CoreContainer cores;

  @BeforeClass
  public static void startContainer() throws Exception {
    ClaimsTestSupport.setSystemProperties();
    home = createTempDir("claims-config-home");
    cores = createCoreContainer(home, "<solr></solr>");
  }

  /** A core instance folder holding the configset, its solrconfig.xml edited. */
  private static Path instance(String name, String from, String to) throws Exception {
    Path dir = home.resolve(name);
    Files.createDirectories(dir.resolve("conf"));
    PathUtils.copyDirectory(ClaimsTestSupport.conf(), dir.resolve("conf"));
    Path config = dir.resolve("conf").resolve("solrconfig.xml");
    String xml = Files.readString(config, StandardCharsets.UTF_8);
    assertTrue("the configset holds " + from, xml.contains(from));
    Files.writeString(config, xml.replace(from, to), StandardCharsets.UTF_8);
    return dir;
  }

  private static void assertLoadFails(String name, String from, String to, String... message)
      throws Exception {
    Path dir = instance(name, from, to);
    try (ErrorLogMuter muted = ErrorLogMuter.regex(".")) {
      SolrException e =
          expectThrows(SolrException.class, () -> cores.create(name, dir, Map.of(), false));
      StringBuilder messages = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        messages.append(t.getMessage()).append('\n');
      }
      for (String m : message) {
        assertTrue("'" + m + "' in:\n" + messages, messages.toString().contains(m));
      }
    }
    assertTrue("core " + name + " failed to load", cores.getCoreInitFailures().containsKey(name));
    assertFalse(cores.getLoadedCoreNames().contains(name));
  }

  @Test
  public void testUnknownInitArgFailsCoreLoad() throws Exception {
    assertLoadFails("unknown-arg",
        "<str name=\"titleField\">title</str>",
        "<str name=\"titleField\">title</str><str name=\"titelField\">title</str>",
        "ClaimsUpdateProcessorFactory", "unknown init arg(s) 'titelField'");
  }

  @Test
  public void testBadOnErrorFailsCoreLoad() throws Exception {
    assertLoadFails("bad-on-error",
        "<str name=\"onError\">index</str>", "<str name=\"onError\">explode</str>",
        "'onError' must be 'index' or 'fail', found 'explode'");
  }

  @Test
  public void testMissingLexiconDirFailsCoreLoad() throws Exception {
    assertLoadFails("no-lexicons",
        "<str name=\"lexiconDir\">claims</str>", "<str name=\"lexiconDir\">no-such-dir</str>",
        "lexiconDir 'no-such-dir'", "no-such-dir/");
  }

  @Test
  public void testLexiconDirOutsideTheConfigsetFailsCoreLoad() throws Exception {
    // Real lexicon files at each place, and Solr's loader told to read outside the instance
    // folder: without the check, the absolute path would load these files.
    Path outside = home.resolve("outside-lexicons");
    PathUtils.copyDirectory(ClaimsTestSupport.conf().resolve("claims"), outside);
    String unsafe = SolrResourceLoader.SOLR_ALLOW_UNSAFE_RESOURCELOADING_PARAM;
    System.setProperty(unsafe, "true");
    try {
      int i = 0;
      for (String dir :
          List.of("../../outside-lexicons", outside.toAbsolutePath().toString(),
              "claims/../../../outside-lexicons")) {
        assertLoadFails("lexicons-outside-" + i++,
            "<str name=\"lexiconDir\">claims</str>",
            "<str name=\"lexiconDir\">" + dir + "</str>",
            "ClaimsUpdateProcessorFactory",
            "'lexiconDir' must name a folder inside the configset's conf folder", "found '" + dir);
      }
    } finally {
      System.clearProperty(unsafe);
    }
  }

  @Test
  public void testBadNumbersFailCoreLoad() throws Exception {
    assertLoadFails("zero-chars",
        "<int name=\"maxChars\">500000</int>", "<int name=\"maxChars\">0</int>",
        "'maxChars' must be between 1 and");
    assertLoadFails("word-evidence",
        "<int name=\"maxEvidence\">20</int>", "<str name=\"maxEvidence\">twenty</str>",
        "'maxEvidence' must be a whole number, found 'twenty'");
    assertLoadFails("bad-enabled",
        "<bool name=\"enabled\">true</bool>", "<str name=\"enabled\">yes please</str>",
        "'enabled' must be true or false");
  }

  @Test
  public void testBadMaxJsonDepthFailsCoreLoad() throws Exception {
    assertLoadFails("zero-depth",
        "<int name=\"maxJsonDepth\">100</int>", "<int name=\"maxJsonDepth\">0</int>",
        "ClaimsUpdateRequestHandler", "'maxJsonDepth' must be a whole number of at least 1");
    assertLoadFails("word-depth",
        "<int name=\"maxJsonDepth\">100</int>", "<str name=\"maxJsonDepth\">deep</str>",
        "'maxJsonDepth' must be a whole number of at least 1, found 'deep'");
  }

  @Test
  public void testFieldMissingFromTheSchemaFailsCoreLoad() throws Exception {
    assertLoadFails("no-headline",
        "<str name=\"titleField\">title</str>", "<str name=\"titleField\">headline</str>",
        "no field 'headline' to read (titleField)");
  }

  @Test
  public void testAnalyzeHandlerNeedsAClaimsChain() throws Exception {
    String handler = "class=\"org.casualtyclaims.solr.ClaimsAnalyzeHandler\"/>";
    assertLoadFails("no-chain", handler,
        "class=\"org.casualtyclaims.solr.ClaimsAnalyzeHandler\"><str name=\"chain\">nope</str>"
            + "</requestHandler>",
        "ClaimsAnalyzeHandler", "there is no update chain 'nope'");
    assertLoadFails("handler-arg", handler,
        "class=\"org.casualtyclaims.solr.ClaimsAnalyzeHandler\"><str name=\"verbose\">true</str>"
            + "</requestHandler>",
        "ClaimsAnalyzeHandler", "unknown init arg(s) 'verbose'");
  }

  @Test
  public void testMaxCharsTruncatesAndCapsAnalyze() throws Exception {
    int cap = 120;
    Path dir =
        instance("small-cap", "<int name=\"maxChars\">500000</int>",
            "<int name=\"maxChars\">" + cap + "</int>");
    cores.create("small-cap", dir, Map.of(), false);
    try (EmbeddedSolrServer client = new EmbeddedSolrServer(cores, "small-cap")) {
      client.add(article("cap-1", FERRY_TITLE, FERRY_BODY));
      client.commit();
      SolrDocument p =
          client.query(params("q", "id:cap-1", "fl", "*")).getResults().get(0);
      assertEquals("truncated", p.getFieldValue("claims_status"));

      ClaimExtractor capped =
          new ClaimExtractor(Lexicons.load(ResourceOpener.folder(ClaimsTestSupport.conf())),
              new ExtractorSettings(cap, ExtractorSettings.DEFAULT_MAX_FIGURE,
                  ExtractorSettings.DEFAULT_MAX_EVIDENCE));
      ExtractionResult result =
          capped.extract(List.of(new FieldText("title", FERRY_TITLE, true),
              new FieldText("body", FERRY_BODY)));
      assertTrue(result.truncated());
      List<Claim> claims = result.claims();
      assertEquals(claims.size(), p.getFieldValue("claims_count"));
      assertEquals(claims.size(),
          client.query(params("q", "doc_type:claim")).getResults().getNumFound());
      try (SolrCore core = cores.getCore("small-cap")) {
        assertEquals(1, core.getCoreMetricManager().getRegistry().getCounters()
            .get(ClaimsMetrics.fullName(ClaimsMetrics.TRUNCATED)).getCount());
      }

      try (ErrorLogMuter muted = ErrorLogMuter.substring("claims analyze")) {
        SolrException e =
            expectThrows(SolrException.class,
                () -> client.request(analyze("text", FERRY_BODY)));
        assertEquals(400, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("above the cap of " + cap));
      }
    } finally {
      cores.unload("small-cap", true, true, true);
    }
  }

  @Test
  public void testDisabledByConfigCanBeEnabledPerRequest() throws Exception {
    Path dir =
        instance("disabled", "<bool name=\"enabled\">true</bool>",
            "<bool name=\"enabled\">false</bool>");
    cores.create("disabled", dir, Map.of(), false);
    try (EmbeddedSolrServer client = new EmbeddedSolrServer(cores, "disabled")) {
      client.add(article("off-1", FERRY_TITLE, FERRY_BODY));
      UpdateRequest on = new UpdateRequest();
      on.add(article("on-1", FERRY_TITLE, FERRY_BODY));
      on.setParam("claims.enabled", "true");
      client.request(on);
      client.commit();
      assertEquals("skipped", status(client, "off-1"));
      assertEquals("ok", status(client, "on-1"));

      NamedList<Object> analyze =
          client.request(analyze("text", FERRY_BODY));
      assertEquals(Boolean.FALSE, analyze.get("enabled"));
      assertEquals("ok", analyze.get("status"));
    } finally {
      cores.unload("disabled", true, true, true);
    }
  }

  @Test
  public void testLockedTaggingRefusesClaimsEnabledFalse() throws Exception {
    Path dir =
        instance("locked", "<bool name=\"lockEnabled\">false</bool>",
            "<bool name=\"lockEnabled\">true</bool>");
    cores.create("locked", dir, Map.of(), false);
    try (EmbeddedSolrServer client = new EmbeddedSolrServer(cores, "locked");
        ErrorLogMuter muted = ErrorLogMuter.substring("claims.enabled")) {
      UpdateRequest off = new UpdateRequest();
      off.add(article("locked-off", FERRY_TITLE, FERRY_BODY));
      off.setParam("claims.enabled", "false");
      SolrException e = expectThrows(SolrException.class, () -> client.request(off));
      assertEquals(403, e.code());
      assertTrue(e.getMessage(), e.getMessage().contains("'claims.enabled=false'"));
      assertTrue(e.getMessage(), e.getMessage().contains("lockEnabled"));

      UpdateRequest on = new UpdateRequest();
      on.add(article("locked-on", FERRY_TITLE, FERRY_BODY));
      on.setParam("claims.enabled", "true");
      client.request(on);
      client.add(article("locked-default", FERRY_TITLE, FERRY_BODY));
      client.commit();
      assertEquals("ok", status(client, "locked-on"));
      assertEquals("ok", status(client, "locked-default"));
      assertEquals(0, client.query(params("q", "id:locked-off")).getResults().getNumFound());
    } finally {
      cores.unload("locked", true, true, true);
    }
  }

  @Test
  public void testLockWithTaggingOffFailsCoreLoad() throws Exception {
    assertLoadFails("locked-off",
        "<bool name=\"enabled\">true</bool>\n      <bool name=\"lockEnabled\">false</bool>",
        "<bool name=\"enabled\">false</bool><bool name=\"lockEnabled\">true</bool>",
        "'lockEnabled' locks tagging on, so it needs 'enabled' true");
  }

  @Test
  public void testUpdateHandlerWithAMissingChainFailsCoreLoad() throws Exception {
    assertLoadFails("no-update-chain",
        "<str name=\"chain\">preextracted</str>", "<str name=\"chain\">nope</str>",
        "ClaimsUpdateRequestHandler", "there is no update chain 'nope' (init arg 'chain')");
  }

  private static QueryRequest analyze(String... params) {
    QueryRequest request = new QueryRequest(params(params));
    request.setPath("/claims/analyze");
    return request;
  }

  private static Object status(EmbeddedSolrServer client, String id) throws Exception {
    return client.query(params("q", "id:" + id, "fl", "claims_status")).getResults().get(0)
        .getFieldValue("claims_status");
  }
}
