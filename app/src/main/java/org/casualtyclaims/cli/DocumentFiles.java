package org.casualtyclaims.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the documents of the files {@code bin/claims index} and {@code demo} send to Solr:
 *
 * <ul>
 *   <li>{@code .json}: one JSON object, or an array of objects;
 *   <li>{@code .jsonl}: JSON Lines, one object per line (blank lines skipped);
 *   <li>{@code .txt}: plain text, which becomes {@code {id: the file's name, title: its first
 *       line, body: the rest}}.
 * </ul>
 *
 * Every document must be a JSON object with an {@code id} (a string or a number). A file with
 * anything wrong (unreadable, not UTF-8, malformed JSON, a document without id) is rejected as a
 * whole, with a message naming the file and, where there is one, the line or array item.
 */
final class DocumentFiles {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private DocumentFiles() {}

  /** One document, with where it came from (for messages). */
  record Doc(String file, String where, String id, ObjectNode json) {
    /** {@code file}, or {@code file line 3}, {@code file item 2}. */
    String origin() {
      return where.isEmpty() ? file : file + " " + where;
    }
  }

  /** The documents of one file, or why the file is rejected. */
  record FileResult(String file, List<Doc> docs, String error) {
    boolean ok() {
      return error == null;
    }
  }

  /** The extensions read. */
  static boolean supported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".txt");
  }

  /**
   * The files named: a folder stands for its {@code .json}, {@code .jsonl} and {@code .txt} files
   * (not its sub-folders), in name order.
   */
  static List<Path> expand(List<String> names) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        try (Stream<Path> children = Files.list(path)) {
          children
              .filter(p -> Files.isRegularFile(p) && supported(p))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  static FileResult read(Path file) {
    String name = file.toString();
    if (!Files.exists(file)) {
      return failed(name, "no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return failed(name, "not a readable file");
    }
    if (!supported(file)) {
      return failed(name, "unsupported file type (expected .json, .jsonl or .txt)");
    }
    String text;
    try {
      // strict: malformed bytes are an error, not replacement characters in the index
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      return failed(name, "not UTF-8 text");
    } catch (IOException e) {
      return failed(name, "cannot read: " + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".txt")) {
        return plainText(name, file.getFileName().toString(), text);
      } else if (lower.endsWith(".jsonl")) {
        return jsonLines(name, text);
      } else {
        return json(name, text);
      }
    } catch (BadDocument e) {
      return failed(name, e.getMessage());
    }
  }

  private static FileResult failed(String name, String error) {
    return new FileResult(name, List.of(), error);
  }

  private static FileResult plainText(String name, String fileName, String text)
      throws BadDocument {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first == lines.length) {
      throw new BadDocument("empty text file");
    }
    String title = lines[first].strip();
    String body = String.join("\n", List.of(lines).subList(first + 1, lines.length)).strip();
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("id", fileName);
    doc.put("title", title);
    if (!body.isEmpty()) {
      doc.put("body", body);
    }
    return new FileResult(name, List.of(new Doc(name, "", fileName, doc)), null);
  }

  private static FileResult jsonLines(String name, String text) throws BadDocument {
    List<Doc> docs = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = "line " + (i + 1);
      docs.add(doc(name, where, parse(lines[i], where)));
    }
    if (docs.isEmpty()) {
      throw new BadDocument("no documents (empty file)");
    }
    return new FileResult(name, docs, null);
  }

  private static FileResult json(String name, String text) throws BadDocument {
    if (text.isBlank()) {
      throw new BadDocument("no documents (empty file)");
    }
    JsonNode root = parse(text, "");
    List<Doc> docs = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        docs.add(doc(name, "item " + (i + 1), root.get(i)));
      }
      if (docs.isEmpty()) {
        throw new BadDocument("no documents (empty array)");
      }
    } else {
      docs.add(doc(name, "", root));
    }
    return new FileResult(name, docs, null);
  }

  private static JsonNode parse(String text, String where) throws BadDocument {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String at =
          e.getLocation() == null || where.startsWith("line")
              ? ""
              : " at line " + e.getLocation().getLineNr();
      throw new BadDocument(
          (where.isEmpty() ? "" : where + ": ") + "not valid JSON" + at + ": " + e.getOriginalMessage());
    }
  }

  private static Doc doc(String name, String where, JsonNode node) throws BadDocument {
    String prefix = where.isEmpty() ? "" : where + ": ";
    if (!node.isObject()) {
      throw new BadDocument(prefix + "expected a JSON object, found " + kind(node));
    }
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new BadDocument(prefix + "document has no \"id\"");
    }
    if (!(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
      throw new BadDocument(prefix + "\"id\" must be a non-empty string or an integer");
    }
    return new Doc(name, where, id.asText(), (ObjectNode) node);
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  private static final class BadDocument extends Exception {
    BadDocument(String message) {
      super(message);
    }
  }
}
