package org.casualtyclaims.solr;

import static org.casualtyclaims.solr.ClaimsTestSupport.BLAST_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.BLAST_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.FERRY_TITLE;
import static org.casualtyclaims.solr.ClaimsTestSupport.QUIET_BODY;
import static org.casualtyclaims.solr.ClaimsTestSupport.QUIET_TITLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.util.SolrJettyTestRule;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Bad input through real HTTP requests, to a Solr node (Jetty) holding one core of the configset:
 * empty and missing text fields, values that are not strings, a 10 MB body, binary data and
 * control characters, right-to-left and mixed scripts, absurd numbers, deeply nested JSON,
 * parameters of the wrong type and {@code /claims/analyze} above its cap.
 *
 * <p>Each request gets either the right answer (the document indexed with the claims the engine
 * finds in the same text) or a 4xx whose message names the parameter or the problem. After each
 * test the node still answers a good request, and the articles indexed before any bad input are
 * all still there with their claims. Requests are sent with {@link HttpClient} as raw bytes, so
 * malformed bodies reach Solr as a client would send them; one request uses SolrJ's javabin for a
 * binary field value, which JSON cannot carry. Every request has a time limit, so a hang fails the
 * test instead of stalling the build. The outcome of every input is printed (lines starting with
 * {@code bad-input:}) for the record.
 */
@SolrTestCaseJ4.SuppressSSL
public class ClaimsBadInputTest extends SolrTestCaseJ4 {
  @ClassRule public static final SolrJettyTestRule SOLR = new SolrJettyTestRule();

  private static final String CORE = "articles";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final int CAP = ExtractorSettings.DEFAULT_MAX_CHARS;

  private static HttpClient http;
  private static String core;
  /** What each input got, for the printed record. */
  private static final ConcurrentLinkedQueue<String> OUTCOMES = new ConcurrentLinkedQueue<>();
  /** The articles indexed before any bad input: id, title, body. */
  private static final List<String[]> GOOD = new ArrayList<>();

  @BeforeClass
  public static void startNode() throws Exception {
    core = ClaimsTestSupport.startNode(SOLR, createTempDir("claims-bad-input"), CORE);
    http = ClaimsTestSupport.http();

    GOOD.add(new String[] {"good-ferry", FERRY_TITLE, FERRY_BODY});
    GOOD.add(new String[] {"good-blast", BLAST_TITLE, BLAST_BODY});
    GOOD.add(new String[] {"good-quiet", QUIET_TITLE, QUIET_BODY});
    for (Map<String, Object> sample : ClaimsTestSupport.sampleArticles().subList(0, 3)) {
      GOOD.add(
          new String[] {
            "good-" + sample.get("id"), (String) sample.get("title"), (String) sample.get("body")
          });
    }
    List<Map<String, Object>> docs = new ArrayList<>();
    for (String[] g : GOOD) {
      docs.add(doc(g[0], g[1], g[2]));
    }
    Reply r = update("commit=true", docs);
    assertEquals(r.toString(), 200, r.status());
    assertGoodArticlesIntact();
  }

  @AfterClass
  public static void printOutcomes() {
    StringBuilder out = new StringBuilder();
    for (String line : OUTCOMES) {
      out.append("bad-input: ").append(line).append('\n');
    }
    System.out.print(out);
    OUTCOMES.clear();
    GOOD.clear();
    http = null;
  }

  // ------------------------------------------------------------------------------ HTTP plumbing

  /** A response: status and body, the body parsed as JSON where it is JSON. */
  record Reply(int status, String body, JsonNode json, long nanos) {
    /** Solr's error message, or the body. */
    String message() {
      if (json != null && json.at("/error/msg").isTextual()) {
        return json.at("/error/msg").asText();
      }
      return body;
    }

    @Override
    public String toString() {
      return status + " " + abbreviate(message(), 300);
    }
  }

  private static Reply send(HttpRequest.Builder request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> rsp;
    try {
      rsp = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      return new Reply(-1, "connection broken: " + e, null, System.nanoTime() - start);
    }
    long nanos = System.nanoTime() - start;
    String body = new String(rsp.body(), StandardCharsets.UTF_8);
    JsonNode json = null;
    try {
      json = JSON.readTree(body);
    } catch (Exception notJson) {
      // an error page of the servlet container, say: the status says enough
    }
    return new Reply(rsp.statusCode(), body, json, nanos);
  }

  private static Reply post(String path, String query, String contentType, byte[] body)
      throws Exception {
    String url = core + path + "?wt=json" + (query.isEmpty() ? "" : "&" + query);
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static Reply update(String query, List<Map<String, Object>> docs) throws Exception {
    return post("/update", query, "application/json", JSON.writeValueAsBytes(docs));
  }

  private static Reply updateRaw(String query, String json) throws Exception {
    return post("/update", query, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** /claims/analyze by POST form, as a browser or curl --data-urlencode sends it. */
  private static Reply analyze(String... params) throws Exception {
    return post("/claims/analyze", "", "application/x-www-form-urlencoded", form(params));
  }

  private static Reply select(String... params) throws Exception {
    return post("/select", "", "application/x-www-form-urlencoded", form(params));
  }

  private static byte[] form(String... params) {
    StringJoiner out = new StringJoiner("&");
    for (int i = 0; i < params.length; i += 2) {
      out.add(
          URLEncoder.encode(params[i], StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> doc(String id, Object title, Object body) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", id);
    if (title != null) {
      doc.put("title", title);
    }
    if (body != null) {
      doc.put("body", body);
    }
    doc.put("published", ClaimsTestSupport.PUBLISHED);
    return doc;
  }

  /** One stored article by id, or null. */
  private static JsonNode article(String id) throws Exception {
    Reply r =
        select("q", "{!term f=id}" + id, "fl", "id,claims_status,claims_count,claims_json,body",
            "rows", "1");
    assertEquals(r.toString(), 200, r.status());
    JsonNode docs = r.json().at("/response/docs");
    return docs.size() == 0 ? null : docs.get(0);
  }

  // ------------------------------------------------------------------------------ assertions

  private static void record(String input, Reply r) {
    OUTCOMES.add(String.format(Locale.ROOT, "%-58s -> %s", input, r));
  }

  /** A 4xx whose message holds each of {@code words}. */
  private static void assertRefused(String input, Reply r, String... words) throws Exception {
    record(input, r);
    assertTrue(input + ": expected a 4xx, got " + r, r.status() >= 400 && r.status() < 500);
    for (String w : words) {
      assertTrue(input + ": the message should name '" + w + "': " + r, r.message().contains(w));
    }
    assertNodeAnswers();
  }

  private static void assertAccepted(String input, Reply r) throws Exception {
    record(input, r);
    assertEquals(input + ": " + r, 200, r.status());
    assertNodeAnswers();
  }

  /** The article {@code id} holds exactly the claims the engine finds in its title and body. */
  private static void assertTagged(String id, String title, String body) throws Exception {
    ExtractionResult expected = ClaimsTestSupport.result(title, body);
    JsonNode stored = article(id);
    assertNotNull(id + " was indexed", stored);
    assertEquals(id, expected.claims().size(), stored.get("claims_count").asInt());
    assertEquals(id, ClaimDocuments.status(expected), stored.get("claims_status").asText());
    assertEquals(
        id,
        JSON.readTree(withoutLoneSurrogates(ClaimJson.toJson(expected.claims()), '\uFFFD')),
        JSON.readTree(stored.get("claims_json").asText()));
  }

  /**
   * A string once encoded as UTF-8, where a lone surrogate (no valid Unicode) cannot be encoded and
   * is replaced: by U+FFFD in Lucene's stored fields, by '?' in Java's encoders (a URL-encoded form,
   * the response writer's output).
   */
  private static String withoutLoneSurrogates(String s, char replacement) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(replacement);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A good request still gets its answer: the node is up and serving. */
  private static void assertNodeAnswers() throws Exception {
    Reply r = analyze("title", FERRY_TITLE, "text", FERRY_BODY);
    assertEquals("the node answers a good request: " + r, 200, r.status());
    assertEquals(
        JSON.readTree(ClaimJson.toJson(ClaimsTestSupport.analyzed(FERRY_TITLE, FERRY_BODY))),
        r.json().get("claims"));
  }

  /** Every article acknowledged before the bad input is still there, with its claims. */
  private static void assertGoodArticlesIntact() throws Exception {
    Reply commit = post("/update", "commit=true", "application/json", "[]".getBytes());
    assertEquals(commit.toString(), 200, commit.status());
    for (String[] g : GOOD) {
      assertTagged(g[0], g[1], g[2]);
    }
  }

  private static String abbreviate(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max) + "...";
  }

  // ------------------------------------------------------------------------------ the inputs

  @Test
  public void testEmptyAndMissingTextFields() throws Exception {
    List<Map<String, Object>> docs = new ArrayList<>();
    docs.add(doc("empty-both", "", ""));
    docs.add(doc("missing-both", null, null));
    docs.add(doc("blank-both", "  \n\t ", "\n\n\n"));
    docs.add(doc("title-only", FERRY_TITLE, null));
    docs.add(doc("body-only", null, FERRY_BODY));
    Map<String, Object> nulls = doc("null-both", null, null);
    nulls.put("title", null);
    nulls.put("body", null);
    docs.add(nulls);
    assertAccepted("update: empty, blank, null and missing title/body", update("commit=true", docs));
    assertTagged("empty-both", "", "");
    assertTagged("missing-both", null, null);
    assertTagged("blank-both", "  \n\t ", "\n\n\n");
    assertTagged("title-only", FERRY_TITLE, null);
    assertTagged("body-only", null, FERRY_BODY);
    assertTagged("null-both", null, null);
    assertEquals("none", article("missing-both").get("claims_status").asText());

    assertRefused("analyze: no text", analyze("title", FERRY_TITLE), "'text'");
    assertRefused("analyze: text empty", analyze("text", ""), "'text'");
    assertRefused("analyze: text blank", analyze("text", " \n\t "), "'text'");
    assertRefused("update: no id", updateRaw("", "[{\"title\":\"x\",\"body\":\"y\"}]"), "id");
    assertGoodArticlesIntact();
  }

  @Test
  public void testValuesThatAreNotStrings() throws Exception {
    assertAccepted("update: numbers as title and body",
        updateRaw("commit=true", "[{\"id\":\"num\",\"title\":12345,\"body\":3.5}]"));
    assertTagged("num", "12345", "3.5");
    assertAccepted("update: booleans as title and body",
        updateRaw("commit=true", "[{\"id\":\"bool\",\"title\":true,\"body\":false}]"));
    assertTagged("bool", "true", "false");
    assertAccepted("update: a number as id", updateRaw("commit=true", "[{\"id\":42,\"body\":\"x\"}]"));
    assertNotNull(article("42"));

    // title and body are single-valued in the schema: Solr refuses several values, naming the field
    assertRefused("update: an array of strings as body",
        updateRaw("", "[{\"id\":\"arr\",\"title\":\"t\",\"body\":[\"Police said 4 residents were"
            + " killed.\",\"About 60 people were evacuated.\"]}]"),
        "body");
    assertRefused("update: a mixed array as body",
        updateRaw("", "[{\"id\":\"mixed\",\"body\":[1,\"two\",3.0,true,null]}]"), "body");
    assertRefused("update: an array of ids",
        updateRaw("", "[{\"id\":[\"a\",\"b\"],\"body\":\"x\"}]"), "id");
    // an object with an update verb is an atomic update, which may not touch the claims' text
    assertRefused("update: {\"set\": ...} as title (atomic update)",
        updateRaw("", "[{\"id\":\"obj\",\"title\":{\"set\":\"Ferry\"},\"body\":\"x\"}]"),
        "atomic update", "title");
    // an object with fields of the schema is a nested document: only claims are children here
    assertRefused("update: a nested document as body",
        updateRaw("commit=true", "[{\"id\":\"child-as-body\",\"title\":\"t\",\"body\":"
            + "{\"id\":\"child-as-body-1\",\"outlet\":\"x\"}}]"),
        "'child-as-body'", "child documents under 'body'");
    assertNull(article("child-as-body"));
    assertRefused("update: an object that is no document",
        updateRaw("", "[{\"id\":\"obj2\",\"body\":{\"text\":\"x\",\"more\":{\"a\":1}}}]"), "body");
    // a body holding no document: Solr indexes nothing and says so with a 200, or refuses it
    // a body holding no document: Solr indexes nothing and says so with a 200
    assertAccepted("update: a string where documents belong", updateRaw("", "\"just text\""));
    assertAccepted("update: a number where documents belong", updateRaw("", "42"));
    assertAccepted("update: an empty body", updateRaw("", ""));
    assertAccepted("update: an empty array", updateRaw("", "[]"));

    // binary data, which only javabin carries: no text, the article indexed as an error
    try (SolrClient javabin = new Http2SolrClient.Builder(SOLR.getBaseUrl()).build()) {
      SolrInputDocument binary = new SolrInputDocument();
      binary.setField("id", "binary-body");
      binary.setField("title", "Binary");
      binary.setField("body", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe});
      UpdateRequest add = new UpdateRequest();
      add.add(binary);
      add.setParam("commit", "true");
      add.process(javabin, CORE);
      record("update (javabin): bytes as body", new Reply(200, "indexed", null, 0));
      assertEquals("error", article("binary-body").get("claims_status").asText());
    }
    assertGoodArticlesIntact();
  }

  /** Text of about {@code chars} characters: casualty paragraphs, a different figure in each. */
  private static String articleText(int chars) {
    StringBuilder text = new StringBuilder(chars + 200);
    for (int i = 0; text.length() < chars; i++) {
      text.append("Police said ").append(i % 997 + 2).append(" people were killed in blast ")
          .append(i).append(" on Monday, and officials said ").append(i % 89 + 1)
          .append(" were injured. The council met on Tuesday to discuss the new bridge.\n\n");
    }
    return text.toString();
  }

  @Test
  public void testTenMegabyteBody() throws Exception {
    String body = articleText(10 * 1024 * 1024) + " zyxwvutsend";
    assertTrue(body.length() > 10_000_000);
    Reply r = update("commit=true", List.of(doc("huge", "Blasts across the region", body)));
    assertAccepted("update: a 10 MB body", r);
    assertTagged("huge", "Blasts across the region", body);
    assertEquals("truncated", article("huge").get("claims_status").asText());
    // only the first maxChars characters were read for claims, but the whole text is indexed
    Reply end = select("q", "body:zyxwvutsend", "fl", "id", "rows", "5");
    assertEquals(end.toString(), 1, end.json().at("/response/numFound").asInt());
    assertEquals("huge", end.json().at("/response/docs/0/id").asText());

    assertRefused("analyze: a 10 MB text", analyze("text", body), "maxChars", "" + CAP);
    assertGoodArticlesIntact();
  }

  @Test
  public void testAnalyzeAboveTheCap() throws Exception {
    String title = "Twelve words";
    assertRefused("analyze: text of maxChars + 1",
        analyze("text", "x".repeat(CAP + 1)), "maxChars", "above the cap of " + CAP);
    assertRefused("analyze: title and text together 1 above maxChars",
        analyze("title", title, "text", "y".repeat(CAP - title.length() + 1)), "maxChars");
    Reply fits = analyze("title", title, "text", "z".repeat(CAP - title.length()));
    assertAccepted("analyze: title and text of exactly maxChars", fits);
    assertEquals(CAP, fits.json().get("chars").asInt());
    // repeated text values are read as paragraphs, and count together
    assertRefused("analyze: two text values above maxChars together",
        analyze("text", "a".repeat(CAP / 2 + 1), "text", "b".repeat(CAP / 2 + 1)), "maxChars");
  }

  @Test
  public void testBinaryAndControlCharacters() throws Exception {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    controls.append('\u007f').append('\u0085').append('\ufffe').append('\uffff');
    String body =
        "Police said 4 residents were killed" + controls + " in the explosion.\u0000\n\n"
            + "Rescuers said \ud800 12 people were injured \udfff and 3\u0000 were missing.\n\n"
            + "\u200b\u200d\ufeffOfficials said 7 workers died.";
    String title = "Blast\u0000 kills \u0007 4";
    // JSON escapes every control character and lone surrogate as \\uXXXX
    assertAccepted("update: control characters and lone surrogates (JSON escapes)",
        update("commit=true", List.of(doc("controls", title, body))));
    assertTagged("controls", title, body);
    // a form is UTF-8: a lone surrogate cannot be sent, the encoder sends '?' in its place
    Reply analyzed = analyze("title", title, "text", body);
    assertAccepted("analyze: control characters and lone surrogates", analyzed);
    assertEquals(
        JSON.readTree(
            ClaimJson.toJson(
                ClaimsTestSupport.analyzed(
                    withoutLoneSurrogates(title, '?'), withoutLoneSurrogates(body, '?')))),
        analyzed.json().get("claims"));

    // bytes that are not UTF-8 inside a JSON string: decoded with replacement characters
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes("[{\"id\":\"bad-utf8\",\"title\":\"Bad \u00e9".getBytes(StandardCharsets.UTF_8));
    raw.writeBytes(new byte[] {(byte) 0xc3, 0x28, (byte) 0xff, (byte) 0xfe, (byte) 0xed,
        (byte) 0xa0, (byte) 0x80, (byte) 0xc0, (byte) 0xaf});
    raw.writeBytes("\",\"body\":\"Police said 4 residents were killed.\"}]"
        .getBytes(StandardCharsets.UTF_8));
    Reply badUtf8 = post("/update", "commit=true", "application/json", raw.toByteArray());
    assertAccepted("update: invalid UTF-8 bytes in a JSON string", badUtf8);
    Reply title8 = select("q", "id:bad-utf8", "fl", "title");
    assertTagged("bad-utf8", title8.json().at("/response/docs/0/title").asText(),
        "Police said 4 residents were killed.");

    byte[] noise = new byte[4096];
    new java.util.Random(random().nextLong()).nextBytes(noise);
    assertRefused("update: random bytes as a JSON body",
        post("/update", "", "application/json", noise));
    assertRefused("update: random bytes, content type application/octet-stream",
        post("/update", "", "application/octet-stream", noise));
    assertRefused("update: XML with a NUL character reference",
        post("/update", "", "application/xml",
            "<add><doc><field name=\"id\">xml-nul</field><field name=\"body\">4 killed &#0;</field>"
                .concat("</doc></add>").getBytes(StandardCharsets.UTF_8)),
        "Malformed XML", "null character");
    assertRefused("update: XML with a raw control character",
        post("/update", "", "application/xml",
            "<add><doc><field name=\"id\">xml-ctl</field><field name=\"body\">4 killed \u0001</field>"
                .concat("</doc></add>").getBytes(StandardCharsets.UTF_8)));
    assertRefused("update: JSON cut off in the middle",
        updateRaw("", "[{\"id\":\"cut\",\"body\":\"Police said 4 resid"));
    assertNull("nothing of the refused requests was indexed", article("cut"));
    assertGoodArticlesIntact();
  }

  @Test
  public void testRightToLeftAndMixedScripts() throws Exception {
    Map<String, String[]> texts = new LinkedHashMap<>();
    texts.put("arabic", new String[] {"انفجار في السوق",
        "قال مسؤولون إن 45 شخصا قتلوا في الانفجار. وقالت الشرطة إن ٤٥ شخصا أصيبوا."});
    texts.put("hebrew-marks", new String[] {"\u200fפיצוץ\u200e 4 killed",
        "\u202bהמשטרה אמרה\u202c Police said 12 people were killed \u202eand 3 were injured\u202c."});
    texts.put("mixed", new String[] {"Aleppo (حلب) blast: 12 dead",
        "Police said 12 people were killed in Aleppo (حلب) on Monday. 東京 officials said 3 were"
            + " injured. Здравоохранение: 7 были убиты. Ölçü: 5 killed, officials said."});
    texts.put("emoji", new String[] {"\uD83D\uDE91 12 dead",
        "\uD83D\uDE91Police said 12 people were killed\uD83D\uDCA5 and 30 were injured,"
            + " \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 officials said."});
    texts.put("digits-of-other-scripts", new String[] {"١٢ killed",
        "Police said १२ people were killed and ١٢ were injured; officials said ๑๒ were missing."});
    texts.put("combining", new String[] {"Ca\u0301fe\u0301 blast",
        "Police said 4 re\u0301sidents were killed in the cafe\u0301 and 9\u0336 were injured."});
    List<Map<String, Object>> docs = new ArrayList<>();
    texts.forEach((id, t) -> docs.add(doc("script-" + id, t[0], t[1])));
    assertAccepted("update: Arabic, Hebrew with bidi controls, Cyrillic, CJK, emoji, Indic digits",
        update("commit=true", docs));
    for (Map.Entry<String, String[]> e : texts.entrySet()) {
      assertTagged("script-" + e.getKey(), e.getValue()[0], e.getValue()[1]);
      Reply r = analyze("title", e.getValue()[0], "text", e.getValue()[1]);
      assertAccepted("analyze: " + e.getKey(), r);
      assertEquals(e.getKey(),
          JSON.readTree(ClaimJson.toJson(
              ClaimsTestSupport.analyzed(e.getValue()[0], e.getValue()[1]))),
          r.json().get("claims"));
    }
    assertGoodArticlesIntact();
  }

  @Test
  public void testAbsurdNumbers() throws Exception {
    // each text with exactly the claims (category and figure) it must give: a figure above
    // maxFigure, a negative, fractional or non-numeric one is no claim; maxFigure itself is
    Map<String, List<String>> bodies = new LinkedHashMap<>();
    bodies.put("Police said 99999999999999999999999999999999999999 people were killed.",
        List.of());
    bodies.put("Officials said 1,000,000,000,000 people were killed.", List.of());
    bodies.put("Police said 1000000001 people were killed and 1000000000 were injured.",
        List.of("injured 1000000000"));
    bodies.put("Police said 9223372036854775807 people were killed and 9223372036854775808 were"
        + " injured.", List.of());
    bodies.put("Police said -5 people were killed and 0 were injured.", List.of());
    bodies.put("Police said -5 people were killed and 5 were injured.", List.of("injured 5"));
    bodies.put("Police said 5 people were killed and -5 were injured.", List.of("killed 5"));
    bodies.put("Police said NaN people were killed and Infinity were injured.", List.of());
    bodies.put("Police said 1e308 people were killed and 1.5e3 were injured.", List.of());
    bodies.put("Police said 2.5 people were killed and 7 were injured.", List.of("injured 7"));
    bodies.put("Police said 2.5 people were killed and 0.0001 were injured.", List.of());
    bodies.put("Police said a billion billion people were killed.", List.of());
    bodies.put("Police said 1,2,3,4,5,6,7,8,9,0 people were killed.", List.of());
    bodies.put("Officials said 12 people were killed and 1,000,000,000,000 were injured.",
        List.of("killed 12"));
    bodies.put("Police said 12345678901234567890123456789012345678901234567890".repeat(20)
        + " people were killed.", List.of());
    bodies.put("Police said " + "9".repeat(5000) + " people were killed.", List.of());
    List<String> texts = new ArrayList<>(bodies.keySet());
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      docs.add(doc("absurd-" + i, "Figures", texts.get(i)));
    }
    assertAccepted("update: absurd figures in the text", update("commit=true", docs));
    for (int i = 0; i < texts.size(); i++) {
      assertTagged("absurd-" + i, "Figures", texts.get(i));
      Reply r = analyze("text", texts.get(i));
      assertAccepted("analyze: " + abbreviate(texts.get(i), 50), r);
      List<String> found = new ArrayList<>();
      for (JsonNode claim : r.json().get("claims")) {
        found.add(claim.get("category").asText() + " " + claim.get("count").asLong());
      }
      assertEquals(abbreviate(texts.get(i), 80), bodies.get(texts.get(i)), found);
    }

    // absurd JSON numbers as field values
    assertAccepted("update: 1e400 as title, a 40-digit integer as body",
        updateRaw("commit=true", "[{\"id\":\"absurd-json\",\"title\":1e400,"
            + "\"body\":1234567890123456789012345678901234567890}]"));
    JsonNode stored = select("q", "id:absurd-json", "fl", "title,body").json().at("/response/docs/0");
    assertTagged("absurd-json", stored.get("title").asText(), stored.get("body").asText());
    // the client's own claims fields are replaced by the processor's
    assertAccepted("update: absurd values for the processor's own fields",
        updateRaw("commit=true", "[{\"id\":\"absurd-own\",\"title\":\"" + FERRY_TITLE + "\","
            + "\"claims_count\":1e999,\"claims_max_killed\":-99999999999999999999,"
            + "\"claims_status\":\"ok\"}]"));
    assertTagged("absurd-own", FERRY_TITLE, null);
    assertRefused("update: 1e400 as the published date",
        updateRaw("", "[{\"id\":\"absurd-date\",\"body\":\"x\",\"published\":1e400}]"),
        "published");
    assertRefused("update: the 45th of the 13th month",
        updateRaw("", "[{\"id\":\"absurd-date2\",\"body\":\"x\","
            + "\"published\":\"2025-13-45T99:99:99Z\"}]"), "published");
    assertRefused("update: a date in year 10,000,000,000",
        updateRaw("", "[{\"id\":\"absurd-date3\",\"body\":\"x\","
            + "\"published\":\"+10000000000-01-01T00:00:00Z\"}]"), "published");
    // a far but valid date (java.time reaches year 1,000,000,000) is a date like any other
    assertAccepted("update: a date in year 99,999,999",
        updateRaw("commit=true", "[{\"id\":\"absurd-date4\",\"title\":\"" + FERRY_TITLE
            + "\",\"published\":\"99999999-01-01T00:00:00Z\"}]"));
    assertTagged("absurd-date4", FERRY_TITLE, null);
    assertGoodArticlesIntact();
  }

  /** {@code depth} nested arrays around a string: [[[...["x"]...]]]. */
  private static String nestedArrays(int depth) {
    return "[".repeat(depth) + "\"Police said 4 people were killed.\"" + "]".repeat(depth);
  }

  /** {@code depth} nested objects: {"body":{"body":...{"body":"x"}...}}. */
  private static String nestedObjects(String key, int depth) {
    return ("{\"" + key + "\":").repeat(depth) + "\"x\"" + "}".repeat(depth);
  }

  @Test
  public void testDeeplyNestedJson() throws Exception {
    int depth = 10_000;
    String limit = ClaimsUpdateRequestHandler.MAX_JSON_DEPTH;
    assertRefused("update: 10,000 nested arrays as body",
        updateRaw("", "[{\"id\":\"deep-arrays\",\"body\":" + nestedArrays(depth) + "}]"),
        "nested more than 100 levels", limit);
    assertRefused("update: 10,000 nested objects as body",
        updateRaw("", "[{\"id\":\"deep-objects\",\"body\":" + nestedObjects("body", depth) + "}]"),
        limit);
    assertRefused("update: 10,000 nested objects as atomic update",
        updateRaw("", "[{\"id\":\"deep-set\",\"tags\":" + nestedObjects("set", depth) + "}]"),
        limit);
    assertRefused("update: 10,000 nested arrays as the whole body",
        updateRaw("", nestedArrays(depth)), limit);
    assertRefused("update: 10,000 nested child documents",
        updateRaw("", "[" + nestedObjects("_childDocuments_", depth) + "]"), limit);
    assertRefused("update/json/docs: 10,000 nested objects",
        post("/update/json/docs", "", "application/json",
            nestedObjects("body", depth).getBytes(StandardCharsets.UTF_8)), limit);
    assertRefused("update/json: 10,000 nested arrays, sent as text/plain",
        post("/update/json", "", "text/plain",
            nestedArrays(depth).getBytes(StandardCharsets.UTF_8)), limit);
    // brackets inside strings and comments are text, not nesting
    String deepText = "[".repeat(depth) + "{".repeat(depth);
    assertAccepted("update: 20,000 brackets inside a string, a comment and a quoted key",
        updateRaw("commit=true", "[/* " + deepText + " */ {\"id\":\"brackets\", \"title\":\""
            + deepText + "\", // " + deepText + "\n \"body\":'" + deepText + "'}]"));
    assertTagged("brackets", deepText, deepText);
    // nesting a real request needs (articles with nested children) is far below the limit
    assertAccepted("update: an article with nested children, 3 levels",
        updateRaw("commit=true", "{\"add\":{\"doc\":{\"id\":\"nested-ok\",\"title\":\""
            + FERRY_TITLE + "\",\"tags\":[\"a\",\"b\"]}}}"));
    assertTagged("nested-ok", FERRY_TITLE, null);
    for (String id : List.of("deep-arrays", "deep-objects", "deep-set")) {
      assertNull(id + " was refused, not indexed", article(id));
    }

    // Deep JSON on /select is parsed by Solr (noggit's ObjectBuilder) before any component
    // runs: Solr 9.10 overflows the stack and breaks the connection (or answers with an error),
    // with or without the claims component. The component must not change the outcome, and the
    // node must survive it.
    String deepFacet = nestedObjects("facet", depth);
    Reply plain = select("q", "*:*", "json.facet", deepFacet);
    Reply claims = select("q", "*:*", "json.facet", deepFacet, "claims.facet", "true");
    record("select: 10,000 nested objects in json.facet (Solr's own parser)", plain);
    record("select: the same with claims.facet=true", claims);
    assertEquals("the claims component changes nothing: " + plain + " / " + claims,
        plain.status(), claims.status());
    assertNodeAnswers();
    assertGoodArticlesIntact();
  }

  @Test
  public void testParametersOfTheWrongType() throws Exception {
    byte[] one = JSON.writeValueAsBytes(List.of(doc("param-doc", FERRY_TITLE, FERRY_BODY)));
    assertRefused("update: claims.enabled=maybe",
        post("/update", "claims.enabled=maybe", "application/json", one), "claims.enabled");
    assertRefused("update: claims.enabled= (empty)",
        post("/update", "claims.enabled=", "application/json", one), "claims.enabled");
    assertRefused("update: claims.onError=explode",
        post("/update", "claims.onError=explode", "application/json", one), "claims.onError");
    assertRefused("update: claims.enabeld=false (a typo)",
        post("/update", "claims.enabeld=false", "application/json", one), "claims.enabeld");
    assertRefused("update: claims.enabled given twice, differently",
        post("/update", "claims.enabled=true&claims.enabled=false", "application/json", one),
        "claims.enabled");
    assertNull("no refused request indexed the article", article("param-doc"));

    String[][] refusedSelects = {
      {"claims.facet", "maybe"},
      {"claims.facet.limit", "-5"},
      {"claims.facet.limit", "abc"},
      {"claims.facet.limit", "99999999999"},
      {"claims.facet.limit", "1e3"},
      {"claims.facet.mincount", "-1"},
      {"claims.facet.sort", "sideways"},
      {"claims.facet.field", "nope"},
      {"claims.facet.overrequest", "-3"},
      {"claims.facet.confidence.buckets", "abc"},
      {"claims.facet.confidence.buckets", "0.5"},
      {"claims.facet.confidence.buckets", "0,0.7,0.4,1"},
      {"claims.facet.confidence.buckets", "0,2"},
      {"claims.facet.confidence.buckets", "0,NaN,1"},
      {"claims.facet.confidence.buckets", "-Infinity,1"},
      {"claims.facet.byCategory", "2"},
      {"claims.minConfidence", "2"},
      {"claims.minConfidence", "-0.1"},
      {"claims.minConfidence", "NaN"},
      {"claims.minConfidence", "abc"},
      {"claims.minConfidence", "1e-400x"},
      {"claims.compare.ratio", "0.5"},
      {"claims.compare.ratio", "Infinity"},
      {"claims.compare.limit", "-7"},
      {"claims.source", "   "},
      {"claims.filterDocs", "sometimes"},
      {"claims.facett", "true"},
      {"claims.country", "Russia"},
      {"claims.scope", "war"},
      {"claims.near", "91,0"},
      {"claims.near", "51.7;36.2"},
      {"claims.km", "-1"},
      {"claims.from", "2024-02-30"},
      {"claims.to", "tomorrow"},
    };
    for (String[] p : refusedSelects) {
      Reply r =
          p[0].equals("claims.facet")
              ? select("q", "*:*", p[0], p[1])
              : select("q", "*:*", "claims.facet", "true", p[0], p[1]);
      assertRefused("select: " + p[0] + "=" + p[1], r, "'" + p[0] + "'");
    }
    assertRefused("select: {!claims minConfidence=abc}",
        select("q", "*:*", "fq", "{!claims minConfidence=abc}"), "minConfidence");
    assertRefused("select: {!claims minConfidence=7}",
        select("q", "*:*", "fq", "{!claims minConfidence=7}"), "minConfidence");
    assertRefused("select: {!claims near=51.7,36.2} (no km)",
        select("q", "*:*", "fq", "{!claims near=51.7,36.2}"), "km");
    assertRefused("select: {!claims from=2024-03-01 to=2024-02-01}",
        select("q", "*:*", "fq", "{!claims from=2024-03-01 to=2024-02-01}"), "to");
    assertRefused("select: {!claims frobnicate=1}",
        select("q", "*:*", "fq", "{!claims frobnicate=1}"), "frobnicate");
    // Solr's own parameters
    assertRefused("select: rows=abc", select("q", "*:*", "rows", "abc"), "abc");
    assertRefused("select: start=-1", select("q", "*:*", "start", "-1"), "start");
    assertRefused("select: rows=abc with claims.facet=true",
        select("q", "*:*", "rows", "abc", "claims.facet", "true"), "abc");
    assertRefused("select: q=*:*) (syntax)", select("q", "*:*)"));
    // Solr answers an unknown response writer with its default one
    assertAccepted("analyze: wt=nonexistent",
        post("/claims/analyze", "wt=nonexistent", "application/x-www-form-urlencoded",
            form("text", FERRY_BODY)));

    assertRefused("select: claims.category=exploded",
        select("q", "*:*", "claims.facet", "true", "claims.category", "exploded"),
        "claims.category", "exploded");
    // a source nobody cites is no error (sources are free text): it matches no claim
    Reply unknown =
        select("q", "*:*", "rows", "0", "claims.facet", "true", "claims.source", "Nobody at all");
    assertAccepted("select: claims.source=Nobody at all (a source no claim has)", unknown);
    assertEquals(0, unknown.json().at("/claims_facets/claims").asInt());
    assertGoodArticlesIntact();
  }

  // ------------------------------------------------------------------------------ linear time

  /**
   * The time of a request grows linearly with its size: time(8n) below 40 x time(n), where linear
   * work gives about 8 and quadratic about 64. Both are measured here, on this machine, as the
   * fastest of a few runs after a warm-up, and time(n) again after the 8n runs; no absolute time is
   * checked.
   */
  private static void assertLinear(String what, int n, IntFunction<Reply> request) {
    for (int i = 0; i < 5; i++) {
      assertEquals(what, 200, request.apply(n).status()); // warm-up
    }
    long tn = fastest(request, n, 5);
    long t8n = fastest(request, 8 * n, 3);
    tn = Math.min(tn, fastest(request, n, 5));
    long bound = 40 * Math.max(tn, 2_000_000L); // a floor of 2 ms against timer and network noise
    String report =
        String.format(Locale.ROOT, "%s: time(n = %d chars) = %.1f ms, time(8n) = %.1f ms, ratio"
            + " %.1f (linear about 8, quadratic about 64; bound 40)", what, n, tn / 1e6,
            t8n / 1e6, (double) t8n / tn);
    OUTCOMES.add("linearity: " + report);
    assertTrue("not linear: " + report, t8n < bound);
  }

  private static long fastest(IntFunction<Reply> request, int size, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      Reply r = request.apply(size);
      assertEquals(r.toString(), 200, r.status());
      best = Math.min(best, r.nanos());
    }
    return best;
  }

  @Test
  public void testTimePerRequestIsLinearInItsSize() throws Exception {
    assertTrue("the 8n text fits under the cap", 8 * 50_000 < CAP);
    assertLinear("analyze", 50_000, n -> {
      try {
        return analyze("title", "Blasts", "text", articleText(n));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    int[] serial = {0};
    assertLinear("update (tagging, no commit)", 50_000, n -> {
      try {
        return update("", List.of(doc("linear-" + serial[0]++, "Blasts", articleText(n))));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertLinear("analyze, control characters and mixed scripts", 50_000, n -> {
      try {
        String unit = "Police said 12 people (١٢) were killed\u0000 in 東京 \uD83D\uDE91. ";
        return analyze("text", unit.repeat(n / unit.length() + 1).substring(0, n));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertGoodArticlesIntact();
  }
}
