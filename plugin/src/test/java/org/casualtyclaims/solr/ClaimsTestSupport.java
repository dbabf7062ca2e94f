package org.casualtyclaims.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.util.SolrJettyTestRule;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.event.PublishedDate;

/**
 * What the Solr tests share: system properties, the configset, articles written for these tests,
 * and the engine run directly, whose output is what the processor must index.
 */
final class ClaimsTestSupport {
  private ClaimsTestSupport() {}

  // Articles written for these tests. Expected claims are computed by the engine itself (see
  // expected()), so the tests check the Solr glue, not the engine's current tuning.

  static final String FERRY_TITLE = "Ferry capsizes on Lake Varn, 9 dead";
  static final String FERRY_BODY =
      "Nine people were killed when a passenger ferry capsized on Lake Varn on Sunday, police"
          + " said.\n\nThe regional health ministry said 14 passengers were injured. Rescuers were"
          + " still searching for 3 people who are missing.\n\nThe ferry, built 40 years ago, was"
          + " licensed to carry 120 passengers.";

  static final String BLAST_TITLE = "Gas blast at Orrin Street flats";
  static final String BLAST_BODY =
      "Police said 4 residents were killed in the explosion at a block of flats on Orrin Street"
          + " late on Tuesday.\n\nAbout 60 people were evacuated from neighbouring buildings.";

  static final String QUIET_TITLE = "Council approves new bridge";
  static final String QUIET_BODY =
      "The town council approved a 40 million euro bridge on Monday. Construction will take three"
          + " years.";

  /** The configset's handler of the preextracted chain. */
  static final String PREEXTRACTED = "/update/preextracted";

  private static volatile ClaimExtractor engine;

  /** MockDirectoryFactory, and no automatic commits: the tests commit when they mean to. */
  static void setSystemProperties() {
    System.setProperty("solr.directoryFactory", "org.apache.solr.core.MockDirectoryFactory");
    System.setProperty("solr.autoCommit.maxTime", "-1");
    System.setProperty("solr.autoSoftCommit.maxTime", "-1");
  }

  /**
   * Starts {@code solr} on {@code home}, a fresh folder, holding one core {@code core} of the
   * configset; returns the core's base URL.
   */
  static String startNode(SolrJettyTestRule solr, Path home, String core) throws Exception {
    setSystemProperties();
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    solrHome(home, core);
    Files.writeString(home.resolve(core).resolve("core.properties"), "name=" + core + "\n");
    solr.startSolr(home);
    return solr.getBaseUrl() + "/" + core;
  }

  /** A client for plain HTTP/1.1 requests to a test node. */
  static HttpClient http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30)).build();
  }

  /** The configset, as maven-resources copied it from solr-config/conf. */
  static Path conf() {
    return SolrTestCaseJ4.TEST_PATH().resolve("collection1").resolve("conf");
  }

  /**
   * Indexes articles with claim documents written by the test itself, through the configset's
   * "preextracted" chain (its handler, /update/preextracted), so the claims processor leaves them
   * as they are.
   */
  static void addPreextracted(
      org.apache.solr.client.solrj.SolrClient client, String collection,
      List<SolrInputDocument> docs) throws Exception {
    org.apache.solr.client.solrj.request.UpdateRequest update =
        new org.apache.solr.client.solrj.request.UpdateRequest(PREEXTRACTED);
    update.add(docs);
    update.process(client, collection);
  }

  /** The configset the component and cloud tests upload or copy. */
  static Path configset() {
    return conf();
  }

  /** A Solr home holding one core directory {@code core} with the configset. */
  static Path solrHome(Path home, String core) throws IOException {
    copy(configset(), home.resolve(core).resolve("conf"));
    return home;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** The engine as the processor builds it with the configset's (default) settings. */
  static ClaimExtractor engine() {
    if (engine == null) {
      engine =
          new ClaimExtractor(
              Lexicons.load(ResourceOpener.folder(conf())), ExtractorSettings.defaults());
    }
    return engine;
  }

  /** The published date {@link #article} gives every test article. */
  static final String PUBLISHED = "2025-03-02T08:30:00Z";

  /**
   * The claims the processor must write for an article of the default configset published on
   * {@link #PUBLISHED}, as {@link #article} makes them.
   */
  static List<Claim> expected(String title, String body) {
    return result(title, body).claims();
  }

  static ExtractionResult result(String title, String body) {
    return result(title, body, PUBLISHED);
  }

  /** The claims the processor must write for a sample article, read with its own date. */
  static List<Claim> expected(Map<String, Object> sample) {
    return result((String) sample.get("title"), (String) sample.get("body"),
        (String) sample.get("published")).claims();
  }

  /** The claims {@code /claims/analyze} returns without a {@code published} parameter. */
  static List<Claim> analyzed(String title, String body) {
    return result(title, body, null).claims();
  }

  private static ExtractionResult result(String title, String body, String published) {
    return engine()
        .extract(List.of(new FieldText("title", title, true), new FieldText("body", body)),
            published == null ? null : PublishedDate.parse(published));
  }

  static SolrInputDocument article(String id, String title, String body) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    if (title != null) {
      doc.setField("title", title);
    }
    if (body != null) {
      doc.setField("body", body);
    }
    doc.setField("published", PUBLISHED);
    doc.setField("outlet", "Test Wire");
    return doc;
  }

  /** The project's sample articles (sample-docs/*.json), each as a map of its JSON fields. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> sampleArticles() {
    URL dir = ClaimsTestSupport.class.getClassLoader().getResource("sample-docs");
    if (dir == null) {
      throw new IllegalStateException("sample-docs are not on the test classpath");
    }
    ObjectMapper json = new ObjectMapper();
    List<Map<String, Object>> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          docs.add(json.readValue(in, Map.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return docs;
  }

  static SolrInputDocument toDocument(Map<String, Object> fields) {
    SolrInputDocument doc = new SolrInputDocument();
    fields.forEach(doc::setField);
    return doc;
  }
}
