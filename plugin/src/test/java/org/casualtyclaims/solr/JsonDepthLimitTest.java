package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.Test;

/** The JSON nesting guard of the update handlers: counts what the parser nests, nothing else. */
class JsonDepthLimitTest {

  /** Reads all of {@code json} through the guard, in chunks of {@code chunk} (0: char by char). */
  private static String readAll(String json, int max, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader r = new JsonDepthLimit(new StringReader(json), max, "maxJsonDepth of /test")) {
      if (chunk == 0) {
        for (int c = r.read(); c >= 0; c = r.read()) {
          out.append((char) c);
        }
      } else {
        char[] buffer = new char[chunk + 3];
        for (int n = r.read(buffer, 3, chunk); n >= 0; n = r.read(buffer, 3, chunk)) {
          out.append(buffer, 3, n);
        }
      }
    }
    return out.toString();
  }

  /** The same through the guard of the body's UTF-8 bytes. */
  private static String readAllBytes(String json, int max, int chunk) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = JsonDepthLimit.bytes(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), max,
        "maxJsonDepth of /test")) {
      if (chunk == 0) {
        for (int b = in.read(); b >= 0; b = in.read()) {
          out.write(b);
        }
      } else {
        byte[] buffer = new byte[chunk + 3];
        for (int n = in.read(buffer, 3, chunk); n >= 0; n = in.read(buffer, 3, chunk)) {
          out.write(buffer, 3, n);
        }
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void assertPasses(String json, int max) throws IOException {
    for (int chunk : new int[] {0, 1, 7, 8192}) {
      assertEquals(json, readAll(json, max, chunk), "passes unchanged, chunk " + chunk);
      assertEquals(json, readAllBytes(json, max, chunk), "bytes pass unchanged, chunk " + chunk);
    }
  }

  private static void assertRefused(String json, int max) {
    for (int chunk : new int[] {0, 1, 7, 8192}) {
      for (SolrException e : List.of(
          assertThrows(SolrException.class, () -> readAll(json, max, chunk)),
          assertThrows(SolrException.class, () -> readAllBytes(json, max, chunk)))) {
        assertEquals(400, e.code());
        assertTrue(e.getMessage().contains("nested more than " + max + " levels deep"),
            e.getMessage());
        assertTrue(e.getMessage().contains("maxJsonDepth of /test"), e.getMessage());
      }
    }
  }

  @Test
  void bytesOfLongerCharactersAreText() throws IOException {
    // UTF-8's bytes of non-ASCII characters are all above 0x7f: none reads as a bracket or quote
    String text = "[\"Zürich – 東京 – ✓ 😀\", {\"ключ\": [\"ﬁ\"]}]";
    assertPasses(text, 3);
    assertRefused(text, 2);
  }

  @Test
  void depthUpToTheLimitPassesAndOneMoreIsRefused() throws IOException {
    assertPasses("[[[1]]]", 3);
    assertRefused("[[[[1]]]]", 3);
    assertPasses("{\"a\":{\"b\":[1]}}", 3);
    assertRefused("{\"a\":{\"b\":[{}]}}", 3);
    // depth, not the number of brackets: siblings do not add up
    assertPasses("[[1],[2],[3],{\"a\":[4]},[[5]]]".repeat(1000), 3);
    assertPasses("", 1);
    assertPasses("\"just text\"", 1);
  }

  @Test
  void bracketsInStringsAndCommentsAreText() throws IOException {
    String deep = "[{".repeat(500);
    assertPasses("[\"" + deep + "\"]", 1);
    assertPasses("['" + deep + "']", 1);
    assertPasses("[\"a \\\" " + deep + " \\\\\"]", 1); // an escaped quote does not end the string
    assertPasses("['it\\'s " + deep + "']", 1);
    assertPasses("[\"it's " + deep + "\"]", 1); // a single quote inside double quotes is text
    assertPasses("['say \"" + deep + "\"']", 1);
    assertPasses("[1 // " + deep + "\n]", 1);
    assertPasses("[1 # " + deep + "\r\n]", 1);
    assertPasses("[1 /* " + deep + " **/ ]", 1);
    assertPasses("[1 /* * / " + deep + " */ ]", 1);
    assertPasses("{\"" + deep + "\": 1}", 1);
    // after the string or comment, counting resumes
    assertRefused("[\"" + deep + "\", [2]]", 1);
    assertRefused("[1 /* " + deep + " */, [2]]", 1);
    assertRefused("[1 // c\n[2]]", 1);
    // a slash that starts no comment is not a comment
    assertRefused("[1/2, [3]]", 1);
  }

  @Test
  void randomJsonWithinTheLimitPassesAndAnyDeeperIsRefused() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(20251127L);
    for (int i = 0; i < 300; i++) {
      int depth = 1 + random.nextInt(12);
      String text = json.writeValueAsString(nested(random, depth));
      assertPasses(text, depth);
      assertRefused(text, depth - 1);
    }
  }

  /** A random value whose deepest nesting is exactly {@code depth} (≥ 1), with tricky strings. */
  private static Object nested(Random random, int depth) {
    int width = 1 + random.nextInt(3);
    int deepest = random.nextInt(width);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (i == deepest && depth > 1) {
        values.add(nested(random, depth - 1));
      } else if (depth > 1 && random.nextBoolean()) {
        values.add(nested(random, 1 + random.nextInt(depth - 1)));
      } else {
        String[] tricky = {"[", "{", "]]", "\"[", "\\", "'{", "/*", "//", "#", "a\"b[c", "x"};
        values.add(tricky[random.nextInt(tricky.length)] + random.nextInt(100));
      }
    }
    if (random.nextBoolean()) {
      return values;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put("k[" + i + "{", values.get(i));
    }
    return map;
  }

  @Test
  void skipSeesWhatItSkipsAndMarkIsRefused() throws IOException {
    try (Reader r = new JsonDepthLimit(new StringReader("[[[[1]]]]"), 2, "limit")) {
      assertThrows(SolrException.class, () -> r.skip(10));
    }
    try (Reader r = new JsonDepthLimit(new StringReader("[[1]] [2]"), 2, "limit")) {
      assertEquals(5, r.skip(5));
      assertEquals(' ', r.read());
      assertFalse(r.markSupported());
      assertThrows(IOException.class, () -> r.mark(1));
    }
  }

  @Test
  void theHandlerGuardsWhatSolrReadsAsJson() {
    ContentStreamBase json = new ContentStreamBase.StringStream("[]", "application/json");
    ContentStreamBase jsonUtf8 =
        new ContentStreamBase.StringStream("[]", "application/json; charset=UTF-8");
    ContentStreamBase textJson = new ContentStreamBase.StringStream("[]", "TEXT/JSON");
    ContentStreamBase xml = new ContentStreamBase.StringStream("<add/>", "application/xml");
    ContentStreamBase plain = new ContentStreamBase.StringStream("[]", "text/plain");
    ContentStreamBase none = new ContentStreamBase.StringStream("[]", null);
    assertTrue(ClaimsUpdateRequestHandler.isJson("/update", null, json));
    assertTrue(ClaimsUpdateRequestHandler.isJson("/update", null, jsonUtf8));
    assertTrue(ClaimsUpdateRequestHandler.isJson("/update", null, textJson));
    assertFalse(ClaimsUpdateRequestHandler.isJson("/update", null, xml));
    assertFalse(ClaimsUpdateRequestHandler.isJson("/update", null, none));
    // the path and update.contentType decide before the stream's own type, as in Solr
    assertTrue(ClaimsUpdateRequestHandler.isJson("/update/json", null, plain));
    assertTrue(ClaimsUpdateRequestHandler.isJson("/update/json/docs", null, xml));
    assertTrue(ClaimsUpdateRequestHandler.isJson("/update", "application/json", xml));
    assertFalse(ClaimsUpdateRequestHandler.isJson("/update", "application/xml", json));
    assertFalse(ClaimsUpdateRequestHandler.isJson("/update/csv", null, json));
  }
}
