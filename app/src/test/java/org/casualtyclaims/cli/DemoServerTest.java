package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a user runs it: {@code bin/claims demo --port 0} in its own JVM (the class path
 * bin/claims uses), left serving. The tests query it over HTTP the way the admin UI's query screen
 * does, and finally stop it with a signal, as Ctrl-C would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoServerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static Process demo;
  private static Path stderr;
  private static final List<String> stdout = new ArrayList<>();
  private static int port;
  private static String core;

  @BeforeAll
  static void startTheDemo(@TempDir Path dir) throws Exception {
    Path root = Checkout.root();
    Path classes = root.resolve("app/target/classes");
    String classPath =
        classes + java.io.File.pathSeparator
            + Files.readString(root.resolve("app/target/runtime-classpath.txt")).strip();
    stderr = dir.resolve("demo.err");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-Dclaims.home=" + root,
            "-cp",
            classPath,
            "org.casualtyclaims.cli.Main",
            "demo",
            "--port",
            "0");
    demo =
        new ProcessBuilder(command)
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    CountDownLatch serving = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  synchronized (stdout) {
                    stdout.add(line);
                  }
                  if (line.contains("press Ctrl-C to stop")) {
                    serving.countDown();
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
              serving.countDown();
            },
            "demo-stdout");
    reader.setDaemon(true);
    reader.start();
    assertTrue(serving.await(180, TimeUnit.SECONDS), "the demo did not start in 3 minutes");
    assertTrue(demo.isAlive(), "the demo ended:\n" + output() + "\n" + Files.readString(stderr));
    Matcher m = Pattern.compile("Solr port: (\\d+)").matcher(output());
    assertTrue(m.find(), output());
    port = Integer.parseInt(m.group(1));
    core = "http://localhost:" + port + "/solr/news";
  }

  @AfterAll
  static void stopIfStillRunning() throws InterruptedException {
    if (demo != null && demo.isAlive()) {
      demo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String output() {
    synchronized (stdout) {
      return String.join("\n", stdout);
    }
  }

  /** GET with the parameters as the admin UI's query screen sends them (plus its cache buster). */
  private static JsonNode query(String path, String... nameValues) throws Exception {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
    }
    StringBuilder url = new StringBuilder(core).append(path).append("?_=").append(System.currentTimeMillis());
    params.forEach((name, values) -> values.forEach(v -> url.append('&').append(name).append('=').append(ExampleUrls.encode(v))));
    return get(url.toString());
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> rsp =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), url + "\n" + rsp.body());
    JsonNode json = MAPPER.readTree(rsp.body());
    assertEquals(0, json.path("responseHeader").path("status").asInt(-1), rsp.body());
    return json;
  }

  /** A facet.field's counts as value -> count. */
  private static Map<String, Long> facet(JsonNode rsp, String field) {
    JsonNode list = rsp.path("facet_counts").path("facet_fields").path(field);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < list.size(); i += 2) {
      counts.put(list.get(i).asText(), list.get(i + 1).asLong());
    }
    return counts;
  }

  private static long numFound(JsonNode rsp) {
    return rsp.path("response").path("numFound").asLong(-1);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  @Order(1)
  void searchingFindsTheSeedArticleWithItsClaimSummary() throws Exception {
    JsonNode rsp =
        query("/select", "q", "kursk", "q.op", "OR", "indent", "true", "useParams", "",
            "fl", "id,title,claims_count,claims_sources,claims_status");
    assertEquals(1, numFound(rsp), rsp.toString());
    JsonNode doc = rsp.path("response").path("docs").get(0);
    assertEquals("news-001", doc.path("id").asText());
    assertEquals("ok", doc.path("claims_status").asText());
    List<String> sources = texts(doc.path("claims_sources"));
    for (String source : List.of("UK Ministry of Defence", "Volodymyr Zelenskyy")) {
      assertTrue(sources.contains(source), sources.toString());
    }
    assertTrue(sources.stream().anyMatch(s -> s.contains("South Korea's spy agency")), sources.toString());
  }

  @Test
  @Order(2)
  void facetingTheSummaryFieldsCountsEveryArticle() throws Exception {
    long samples;
    try (Stream<Path> files = Files.list(Checkout.root().resolve("sample-docs"))) {
      samples = files.filter(p -> p.toString().endsWith(".json")).count();
    }
    JsonNode rsp =
        query("/select", "q", "*:*", "q.op", "OR", "fq", "doc_type:article", "rows", "0",
            "facet", "true", "facet.field", "claims_sources", "facet.field", "claims_confidence_labels",
            "facet.field", "claims_source_types", "facet.limit", "-1");
    assertEquals(samples, numFound(rsp));
    Map<String, Long> sources = facet(rsp, "claims_sources");
    assertTrue(sources.getOrDefault("UK Ministry of Defence", 0L) >= 1, sources.toString());
    Map<String, Long> labels = facet(rsp, "claims_confidence_labels");
    assertFalse(labels.isEmpty());
    // each facet count is the number of articles that fq on the value finds
    for (Map.Entry<String, Long> label : labels.entrySet()) {
      JsonNode filtered =
          query("/select", "q", "*:*", "fq", "doc_type:article",
              "fq", "claims_confidence_labels:" + label.getKey(), "rows", "0");
      assertEquals(label.getValue().longValue(), numFound(filtered), label.getKey());
    }
  }

  @Test
  @Order(3)
  void filterQueriesOnTheSummaryFieldsNarrowTheArticles() throws Exception {
    JsonNode rsp =
        query("/select", "q", "*:*", "fq", "claims_source_types:official",
            "fq", "claims_max_killed:[10 TO *]", "rows", "100",
            "fl", "id,claims_source_types,claims_max_killed");
    assertTrue(numFound(rsp) > 0, rsp.toString());
    for (JsonNode doc : rsp.path("response").path("docs")) {
      assertTrue(texts(doc.path("claims_source_types")).contains("official"), doc.toString());
      assertTrue(doc.path("claims_max_killed").asLong() >= 10, doc.toString());
    }
    JsonNode all = query("/select", "q", "*:*", "fq", "doc_type:article", "rows", "0");
    assertTrue(numFound(rsp) < numFound(all));
  }

  @Test
  @Order(4)
  void theSeedArticlesClaimsComeBackNested() throws Exception {
    JsonNode rsp =
        query("/select", "q", "id:news-001",
            "fl", "id,claims_count,claims,claim_category,claim_count,claim_source,[child]");
    JsonNode doc = rsp.path("response").path("docs").get(0);
    JsonNode claims = doc.path("claims");
    assertEquals(doc.path("claims_count").asInt(), claims.size(), doc.toString());
    List<String> sources = new ArrayList<>();
    claims.forEach(c -> sources.add(c.path("claim_source").asText()));
    assertTrue(sources.contains("UK Ministry of Defence"), sources.toString());
    assertTrue(sources.contains("Volodymyr Zelenskyy"), sources.toString());
  }

  @Test
  @Order(5)
  void theDemosSummaryAgreesWithSolr() throws Exception {
    Matcher total = Pattern.compile("Claims in the index: ([\\d,]+) claims").matcher(output());
    assertTrue(total.find(), output());
    JsonNode claims = query("/select", "q", "doc_type:claim", "rows", "0",
        "facet", "true", "facet.field", "claim_source", "facet.limit", "1");
    assertEquals(Long.parseLong(total.group(1).replace(",", "")), numFound(claims));
    // the first row of the table is the source with most claims, with Solr's count
    Map.Entry<String, Long> top = facet(claims, "claim_source").entrySet().iterator().next();
    String table = output().substring(output().indexOf("Claims by source and confidence"));
    String firstRow = table.lines().skip(3).findFirst().orElse("");
    assertTrue(firstRow.trim().startsWith(top.getKey()), firstRow + " vs " + top);
    String[] cells = firstRow.substring(top.getKey().length() + firstRow.indexOf(top.getKey())).trim().split("\\s+");
    assertEquals(top.getValue().longValue(), Long.parseLong(cells[2].replace(",", "")), firstRow);
  }

  @Test
  @Order(6)
  void theBlockJoinAndJsonFacetOnTheClaimsWork() throws Exception {
    JsonNode parents =
        query("/select", "q", "{!parent which=doc_type:article}(+claim_category:killed +claim_confidence_label:high)",
            "fl", "id", "rows", "100");
    JsonNode children =
        query("/select", "q", "doc_type:claim", "fq", "claim_category:killed", "fq", "claim_confidence_label:high",
            "rows", "0", "facet", "true", "facet.field", "claim_article", "facet.limit", "-1",
            "facet.mincount", "1");
    assertEquals(facet(children, "claim_article").size(), numFound(parents));

    JsonNode json =
        query("/select", "q", "doc_type:article", "rows", "0", "json.facet",
            "{sources:{type:terms,field:claim_source,limit:-1,domain:{blockChildren:\"doc_type:article\"}}}");
    long sum = 0;
    for (JsonNode b : json.path("facets").path("sources").path("buckets")) {
      sum += b.path("count").asLong();
    }
    JsonNode attributed = query("/select", "q", "doc_type:claim", "fq", "claim_source:*", "rows", "0");
    assertEquals(numFound(attributed), sum);
  }

  @Test
  @Order(7)
  void theDryRunAnalyzesTextWithoutIndexingIt() throws Exception {
    JsonNode rsp =
        query("/claims/analyze", "title", "Gas blast kills 4",
            "text", "Police said 4 residents were killed in the explosion on Tuesday.");
    assertEquals("ok", rsp.path("status").asText());
    JsonNode claim = rsp.path("claims").get(0);
    assertEquals("killed", claim.path("category").asText());
    assertEquals(4, claim.path("count").asInt());
    assertEquals("police", claim.path("source").asText());
    assertEquals(0, numFound(query("/select", "q", "title:\"gas blast\"", "rows", "0")));
  }

  @Test
  @Order(8)
  void everyExampleUrlTheDemoPrintsAnswers() throws Exception {
    List<String> urls =
        output().lines().map(String::trim).filter(l -> l.startsWith(core + "/")).toList();
    assertEquals(ExampleUrls.examples("news-001").size(), urls.size(), output());
    for (String url : urls) {
      get(url);
    }
  }

  @Test
  @Order(9)
  void theClaimsExplorerIsServedUnderSolrsContext() throws Exception {
    Matcher printed = Pattern.compile("(http://localhost:" + port + "/solr/claims-ui/)").matcher(output());
    assertTrue(printed.find(), output());
    String ui = printed.group(1);
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(ui)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
    assertEquals(StaticFilesServlet.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals(Files.readString(Checkout.root().resolve("ui/index.html")), page.body());
    for (String file : List.of("claims-ui.js", "claims-ui.css", "claims-map.js", "world-110m.json")) {
      HttpResponse<String> rsp = HTTP.send(HttpRequest.newBuilder(URI.create(ui + file)).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, rsp.statusCode(), file);
      assertEquals(Files.readString(Checkout.root().resolve("ui").resolve(file)), rsp.body(), file);
    }
    HttpResponse<String> bare =
        HTTP.send(HttpRequest.newBuilder(URI.create(ui.substring(0, ui.length() - 1) + "?core=news")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, bare.statusCode());
    assertEquals(ui + "?core=news", bare.headers().firstValue("Location").orElse(""));
    HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "nothing-here.js")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
    // Solr's own paths are untouched by it
    assertEquals(0, query("/select", "q", "*:*", "rows", "0").path("responseHeader").path("status").asInt());
  }

  /** The query screen's inputs: q, fq, wt and, as Raw Query Parameters, the component's. */
  private static final String[] COMPONENT_REQUEST = {
    "q", "*:*", "q.op", "OR", "indent", "true", "useParams", "",
    "fq", "{!claims minConfidence=0.7 category=killed}",
    "claims.facet", "true", "claims.facet.field", "source", "claims.facet.field", "confidence_label",
    "claims.compare", "true", "fl", "id", "rows", "100"};

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** Plain Solr's view of the claims of the given articles, by source: claims, articles, min, max. */
  private static Map<String, long[]> plainBySource(List<String> articles, String... fqs) throws Exception {
    List<String> params = new ArrayList<>(List.of(
        "q", "doc_type:claim", "fq", "{!terms f=claim_article}" + String.join(",", articles),
        "rows", "0", "facet", "true", "facet.pivot", "{!stats=s}claim_source,claim_article",
        "facet.limit", "-1", "stats", "true", "stats.field", "{!tag=s min=true max=true}claim_count"));
    for (String fq : fqs) {
      params.add("fq");
      params.add(fq);
    }
    JsonNode rsp = query("/select", params.toArray(String[]::new));
    Map<String, long[]> out = new LinkedHashMap<>();
    for (JsonNode source : rsp.path("facet_counts").path("facet_pivot").path("claim_source,claim_article")) {
      JsonNode stats = source.path("stats").path("stats_fields").path("claim_count");
      out.put(source.path("value").asText(), new long[] {
          source.path("count").asLong(), source.path("pivot").size(),
          stats.path("min").asLong(), stats.path("max").asLong()});
    }
    return out;
  }

  @Test
  @Order(10)
  void theComponentsParametersInTheQueryScreenAgreeWithPlainQueries() throws Exception {
    JsonNode rsp = query("/select", with(COMPONENT_REQUEST, "wt", "json"));
    // the documents: the {!claims} filter finds what a plain block join on the claims finds
    JsonNode plainArticles =
        query("/select", "q", "{!parent which=doc_type:article}(+claim_category:killed +claim_confidence:[0.7 TO *])",
            "fl", "id", "rows", "100", "sort", "id asc");
    List<String> ids = new ArrayList<>();
    rsp.path("response").path("docs").forEach(d -> ids.add(d.path("id").asText()));
    List<String> plainIds = new ArrayList<>();
    plainArticles.path("response").path("docs").forEach(d -> plainIds.add(d.path("id").asText()));
    assertFalse(ids.isEmpty(), rsp.toString());
    assertEquals(plainIds, ids.stream().sorted().toList());

    // the facets: every claim of those articles (the fq narrows the articles, not the claims)
    JsonNode facets = rsp.path("claims_facets");
    JsonNode claims = query("/select", "q", "doc_type:claim", "fq", "{!terms f=claim_article}" + String.join(",", ids),
        "rows", "0", "facet", "true", "facet.field", "claim_confidence_label");
    assertEquals(numFound(claims), facets.path("claims").asLong(), facets.toString());
    assertEquals(ids.size(), facets.path("documents").asLong());
    Map<String, Long> labels = facet(claims, "claim_confidence_label");
    JsonNode labelBuckets = facets.path("fields").path("confidence_label");
    assertEquals(labels.size(), labelBuckets.size(), labelBuckets.toString());
    for (JsonNode b : labelBuckets) {
      assertEquals(labels.get(b.path("value").asText()), b.path("claims").asLong(), b.toString());
    }
    Map<String, long[]> sources = plainBySource(ids);
    JsonNode sourceBuckets = facets.path("fields").path("source");
    assertEquals(Math.min(10, sources.size()), sourceBuckets.size(), "claims.facet.limit is 10 by default");
    for (JsonNode b : sourceBuckets) {
      long[] plain = sources.get(b.path("value").asText());
      assertNotNull(plain, b.toString());
      assertEquals(plain[0], b.path("claims").asLong(), b.toString());
      assertEquals(plain[1], b.path("documents").asLong(), b.toString());
      assertEquals(plain[2], b.path("min").asLong(), b.toString());
      assertEquals(plain[3], b.path("max").asLong(), b.toString());
    }

    // compare: per category, each source's range as plain stats give it, and the rule's verdict
    JsonNode categories = facets.path("compare").path("categories");
    assertTrue(categories.size() > 0, facets.toString());
    boolean killedSeen = false;
    for (JsonNode category : categories) {
      String name = category.path("category").asText();
      killedSeen |= name.equals("killed");
      Map<String, long[]> plain =
          plainBySource(ids, "claim_category:" + name, "claim_source:*", "-claim_vague:true");
      long highestMin = Long.MIN_VALUE;
      long lowestMax = Long.MAX_VALUE;
      for (JsonNode source : category.path("sources")) {
        long[] p = plain.get(source.path("source").asText());
        assertNotNull(p, name + ": " + source);
        assertEquals(p[0], source.path("claims").asLong(), name + ": " + source);
        assertEquals(p[2], source.path("min").asLong(), name + ": " + source);
        assertEquals(p[3], source.path("max").asLong(), name + ": " + source);
        assertTrue(source.path("latest").asLong() >= p[2] && source.path("latest").asLong() <= p[3], source.toString());
        highestMin = Math.max(highestMin, p[2]);
        lowestMax = Math.min(lowestMax, p[3]);
      }
      assertEquals(Math.min(10, plain.size()), category.path("sources").size(), name);
      boolean disagree =
          category.path("sources").size() >= 2 && highestMin > lowestMax
              && (lowestMax <= 0 || (double) highestMin / lowestMax > 1.5);
      assertEquals(disagree, category.path("disagreement").asBoolean(), category.toString());
    }
    assertTrue(killedSeen, categories.toString());

    // wt=xml: the same answer as lst/arr elements
    org.w3c.dom.Document xml = getXml(with(COMPONENT_REQUEST, "wt", "xml"));
    javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
    assertEquals(numFound(rsp), Long.parseLong(xpath.evaluate("/response/result/@numFound", xml)));
    assertEquals(facets.path("claims").asLong(),
        Long.parseLong(xpath.evaluate("/response/lst[@name='claims_facets']/long[@name='claims']", xml)));
    assertEquals(sourceBuckets.get(0).path("value").asText(),
        xpath.evaluate("/response/lst[@name='claims_facets']/lst[@name='fields']/arr[@name='source']/lst[1]/str[@name='value']", xml));
    for (JsonNode category : categories) {
      String at = "/response/lst[@name='claims_facets']/lst[@name='compare']/arr[@name='categories']/lst[str[@name='category']='"
          + category.path("category").asText() + "']";
      assertEquals(category.path("disagreement").asText(), xpath.evaluate(at + "/bool[@name='disagreement']", xml), at);
      assertEquals(category.path("sources").size(),
          Integer.parseInt(xpath.evaluate("count(" + at + "/arr[@name='sources']/lst)", xml)), at);
    }
  }

  private static org.w3c.dom.Document getXml(String... nameValues) throws Exception {
    StringBuilder url = new StringBuilder(core).append("/select?_=").append(System.currentTimeMillis());
    for (int i = 0; i < nameValues.length; i += 2) {
      url.append('&').append(nameValues[i]).append('=').append(ExampleUrls.encode(nameValues[i + 1]));
    }
    HttpResponse<byte[]> rsp =
        HTTP.send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(60)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, rsp.statusCode(), url.toString());
    assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"), rsp.headers().toString());
    return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(rsp.body()));
  }

  /** The samples' Kisumu building collapse, told over three days by three outlets. */
  private static final List<String> KISUMU_COLLAPSE = List.of("news-049", "news-050", "news-051");
  /** Events the samples set apart from it: Kisumu a month later, Lagos on the same days. */
  private static final List<String> NOT_THE_COLLAPSE = List.of("news-057", "news-058");

  @Test
  @Order(12)
  void theSamplesUnrelatedEventsAreNeverOne() throws Exception {
    JsonNode events = query("/select", "q", "*:*", "fq", "doc_type:article", "rows", "0",
        "claims.compare", "true", "claims.compare.by", "event", "claims.compare.limit", "-1")
        .path("claims_facets").path("compare").path("events");
    int collapse = 0;
    for (JsonNode event : events) {
      // the articles of an event: those of its timeline's points
      JsonNode timeline = query("/select", "q", "*:*", "fq", "doc_type:article", "rows", "0",
          "claims.timeline", event.path("id").asText()).path("claims_facets").path("timeline");
      List<String> articles = new ArrayList<>();
      timeline.path("sources").forEach(source -> source.path("points")
          .forEach(point -> articles.add(point.path("article").asText())));
      boolean hasCollapse = articles.stream().anyMatch(KISUMU_COLLAPSE::contains);
      assertFalse(hasCollapse && articles.stream().anyMatch(NOT_THE_COLLAPSE::contains),
          "an unrelated event set against Kisumu's collapse: " + event + " " + articles);
      if (hasCollapse && event.path("category").asText().equals("killed")
          && articles.stream().distinct().count() >= 2) {
        collapse++;
        assertEquals("KE", event.path("country").asText(), event.toString());
      }
    }
    assertTrue(collapse >= 1, "the collapse's toll is one event across its articles: " + events);
  }

  @Test
  @Order(11)
  void aSecondDemoOnTheSamePortExplainsAndFails() {
    Checkout.Capture o = new Checkout.Capture();
    Checkout.Capture e = new Checkout.Capture();
    String previous = System.setProperty("claims.home", Checkout.root().toString());
    DemoCommand.Started started;
    try {
      started =
          DemoCommand.start(List.of("--exit", "--port", Integer.toString(port)), o.stream, e.stream, false);
    } finally {
      if (previous == null) {
        System.clearProperty("claims.home");
      } else {
        System.setProperty("claims.home", previous);
      }
    }
    assertNull(started.demo());
    assertEquals(1, started.code());
    assertTrue(e.text().contains("port " + port + " is already in use"), e.text());
  }

  @Test
  @Order(100)
  void aSignalStopsSolrCleanlyAndRemovesTheTemporaryHome() throws Exception {
    Matcher log = Pattern.compile("Solr's log: (\\S+) \\(deleted on exit").matcher(output());
    assertTrue(log.find(), output());
    Path home = Path.of(log.group(1)).getParent().getParent();
    assertTrue(Files.isDirectory(home), home.toString());
    demo.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
    assertTrue(demo.waitFor(60, TimeUnit.SECONDS), "the demo did not stop");
    String err = Files.readString(stderr);
    assertTrue(err.contains("stopping Solr"), err);
    assertFalse(Files.exists(home), "the temporary Solr home is still there: " + home);
    assertFalse(err.contains("Exception"), err);
    assertNotNull(demo.exitValue());
  }
}
