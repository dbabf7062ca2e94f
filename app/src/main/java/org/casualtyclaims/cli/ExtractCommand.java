package org.casualtyclaims.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ClaimJson;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.FieldText;
import org.casualtyclaims.engine.event.PublishedDate;

/**
 * {@code bin/claims extract [--conf DIR] [FILE...]}: reads JSON Lines documents ({@code id},
 * {@code title}, {@code text} or {@code body}, and {@code published}, an ISO date or date-time)
 * from the files or standard input and writes one line {@code {"id": ..., "claims": [...]}} per
 * document, each claim with {@code reported}, the article's date. A bad line is reported on standard
 * error with its file and line number; the others are still processed.
 */
final class ExtractCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractCommand() {}

  static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err)
      throws IOException {
    Options options = Options.parse(args, err, "extract", List.of("--conf"));
    if (options == null) {
      return 2;
    }
    ClaimExtractor extractor = Engine.extractor(options.value("--conf"), err);
    if (extractor == null) {
      return 2;
    }
    int bad = 0;
    if (options.positional().isEmpty()) {
      bad += process("<stdin>", stdin, extractor, out, err);
    } else {
      for (String name : options.positional()) {
        Path file = Path.of(name);
        if (!Files.isReadable(file)) {
          err.println("claims extract: cannot read " + name);
          bad++;
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          bad += process(name, in, extractor, out, err);
        }
      }
    }
    out.flush();
    return bad == 0 ? 0 : 1;
  }

  private static int process(
      String name, InputStream in, ClaimExtractor extractor, PrintStream out, PrintStream err)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int bad = 0;
    int lineNumber = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc;
      try {
        doc = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        err.println(name + " line " + lineNumber + ": not valid JSON: " + e.getOriginalMessage());
        bad++;
        continue;
      }
      if (!doc.isObject()) {
        err.println(name + " line " + lineNumber + ": expected a JSON object");
        bad++;
        continue;
      }
      LocalDate published = null;
      String publishedText = text(doc, "published");
      if (publishedText != null) {
        try {
          published = PublishedDate.parse(publishedText);
        } catch (IllegalArgumentException e) {
          // the document is still read; only its relative dates stay unresolved
          err.println(name + " line " + lineNumber + ": published: " + e.getMessage());
          bad++;
        }
      }
      ExtractionResult result = extractor.extract(fields(doc), published);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", doc.has("id") ? MAPPER.treeToValue(doc.get("id"), Object.class) : null);
      List<Map<String, Object>> claims = ClaimJson.toMaps(result.claims());
      String reported = published == null ? null : published.toString();
      for (Map<String, Object> claim : claims) {
        claim.put("reported", reported); // the article's date, beside the event's
      }
      record.put("claims", claims);
      if (result.truncated()) {
        record.put("truncated", true);
      }
      out.println(MAPPER.writeValueAsString(record));
    }
    return bad;
  }

  /** The title (as a headline) and the text, skipping a title the text already opens with. */
  static List<FieldText> fields(JsonNode doc) {
    String title = text(doc, "title");
    String body = text(doc, "text");
    if (body == null) {
      body = text(doc, "body");
    }
    List<FieldText> fields = new ArrayList<>(2);
    if (title != null && (body == null || !body.strip().startsWith(title.strip()))) {
      fields.add(new FieldText("title", title, true));
    }
    if (body != null) {
      fields.add(new FieldText("text", body));
    }
    return fields;
  }

  private static String text(JsonNode doc, String field) {
    JsonNode node = doc.get(field);
    return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
  }
}
