package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String conf() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("solr-config/conf"))) {
      dir = dir.getParent();
    }
    return dir.resolve("solr-config/conf").toString();
  }

  private record Run(int code, List<String> out, String err) {}

  private static Run run(String input, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ExtractCommand.run(List.of(args),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    return new Run(code, text.isEmpty() ? List.of() : List.of(text.split("\n")),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesOneLineOfClaimsPerDocument() throws Exception {
    Run r = run("{\"id\": \"a\", \"title\": \"Blast kills 12\", \"text\": \"Police said 12 people were killed.\"}\n"
        + "{\"id\": 7, \"text\": \"Nothing happened today.\"}\n", "--conf", conf());
    assertEquals(0, r.code, r.err);
    assertEquals(2, r.out.size());
    JsonNode first = MAPPER.readTree(r.out.get(0));
    assertEquals("a", first.get("id").asText());
    JsonNode claim = first.get("claims").get(0);
    assertEquals("killed", claim.get("category").asText());
    assertEquals(12, claim.get("count").asInt());
    assertTrue(claim.has("confidence_reasons") && claim.has("evidence") && claim.has("victims"));
    assertEquals(7, MAPPER.readTree(r.out.get(1)).get("id").asInt());
  }

  @Test
  void readsPublishedAndWritesTheEventAndTheReportedDay() throws Exception {
    Run r = run("{\"id\": \"d\", \"published\": \"2024-03-08\", \"text\": "
        + "\"Police said 5 people were killed in Izmir yesterday.\"}\n"
        + "{\"id\": \"e\", \"published\": \"March 8\", \"text\": "
        + "\"Police said 5 people were killed in Izmir yesterday.\"}\n", "--conf", conf());
    assertEquals(1, r.code, "a malformed published date is reported");
    assertTrue(r.err.contains("line 2: published"), r.err);
    JsonNode dated = MAPPER.readTree(r.out.get(0)).get("claims").get(0);
    assertEquals("2024-03-08", dated.get("reported").asText());
    assertEquals("2024-03-07", dated.get("event_date").asText());
    assertEquals("TR", dated.get("country").asText());
    assertEquals("incident", dated.get("scope").asText());
    JsonNode undated = MAPPER.readTree(r.out.get(1)).get("claims").get(0);
    assertTrue(undated.get("reported").isNull(), "the document is still read");
    assertTrue(undated.get("event_date").isNull());
    assertEquals("TR", undated.get("country").asText());
  }

  @Test
  void aMalformedLineIsReportedByNumberAndTheRestStillProcessed() throws Exception {
    Run r = run("{\"id\": \"a\", \"text\": \"Police said 3 people were killed.\"}\n"
        + "{not json\n"
        + "[1, 2]\n"
        + "{\"id\": \"d\", \"text\": \"Police said 4 people were injured.\"}\n", "--conf", conf());
    assertEquals(1, r.code);
    assertTrue(r.err.contains("line 2"), r.err);
    assertTrue(r.err.contains("line 3"), r.err);
    assertEquals(2, r.out.size());
    assertEquals("d", MAPPER.readTree(r.out.get(1)).get("id").asText());
  }

  @Test
  void readsFilesNamedAsArguments(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("docs.jsonl");
    Files.writeString(file, "{\"id\": \"f\", \"body\": \"Officials said 9 people were missing.\"}\n");
    Run r = run("", "--conf", conf(), file.toString(), dir.resolve("absent.jsonl").toString());
    assertEquals(1, r.code);
    assertTrue(r.err.contains("absent.jsonl"), r.err);
    assertEquals("missing", MAPPER.readTree(r.out.get(0)).get("claims").get(0).get("category").asText());
  }

  @Test
  void unknownOptionsAndMissingConfigsetAreClearErrors() throws Exception {
    Run unknown = run("", "--frobnicate");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("--frobnicate"), unknown.err);
    Run missing = run("", "--conf", "/nonexistent/conf");
    assertEquals(2, missing.code);
    assertTrue(missing.err.contains("configset folder not found"), missing.err);
  }
}
