package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {
  @TempDir Path dir;

  private DocumentFiles.FileResult read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return DocumentFiles.read(file);
  }

  @Test
  void aJsonFileHoldsOneObjectOrAnArray() throws Exception {
    DocumentFiles.FileResult one = read("one.json", "{\"id\": \"a\", \"title\": \"T\"}");
    assertTrue(one.ok(), one.error());
    assertEquals(1, one.docs().size());
    assertEquals("a", one.docs().get(0).id());
    assertEquals(one.file(), one.docs().get(0).origin());

    DocumentFiles.FileResult many = read("many.json", "\uFEFF[{\"id\": 1}, {\"id\": \"b\", \"tags\": [\"x\"]}]");
    assertTrue(many.ok(), many.error());
    assertEquals(List.of("1", "b"), many.docs().stream().map(DocumentFiles.Doc::id).toList());
    assertTrue(many.docs().get(1).origin().endsWith("many.json item 2"));
  }

  @Test
  void jsonLinesSkipBlankLinesAndNameTheLineOfAnError() throws Exception {
    DocumentFiles.FileResult ok = read("a.jsonl", "{\"id\": \"x\"}\r\n\n  \n{\"id\": \"y\"}\n");
    assertTrue(ok.ok(), ok.error());
    assertEquals("line 4", ok.docs().get(1).where());
    DocumentFiles.FileResult bad = read("b.jsonl", "{\"id\": \"x\"}\n[1]\n");
    assertFalse(bad.ok());
    assertEquals("line 2: expected a JSON object, found an array", bad.error());
    assertTrue(bad.docs().isEmpty(), "a bad file yields no documents");
  }

  @Test
  void aTextFileIsTitledByItsFirstLine() throws Exception {
    DocumentFiles.FileResult r = read("note.txt", "\n\n  Gas blast kills 4  \r\n\r\nPolice said 4 residents died.\r\nMore.\n");
    assertTrue(r.ok(), r.error());
    DocumentFiles.Doc d = r.docs().get(0);
    assertEquals("note.txt", d.id());
    assertEquals("Gas blast kills 4", d.json().get("title").asText());
    assertEquals("Police said 4 residents died.\nMore.", d.json().get("body").asText());
    DocumentFiles.FileResult titleOnly = read("t.txt", "Just a headline");
    assertFalse(titleOnly.docs().get(0).json().has("body"));
  }

  @Test
  void badFilesSayWhy() throws Exception {
    assertEquals("document has no \"id\"", read("a.json", "{\"title\": \"x\"}").error());
    assertEquals("\"id\" must be a non-empty string or an integer", read("b.json", "{\"id\": 1.5}").error());
    assertEquals("\"id\" must be a non-empty string or an integer", read("c.json", "{\"id\": \" \"}").error());
    assertEquals("expected a JSON object, found a string", read("d.json", "\"text\"").error());
    assertEquals("no documents (empty array)", read("e.json", "[]").error());
    assertEquals("no documents (empty file)", read("f.json", " \n").error());
    assertEquals("no documents (empty file)", read("g.jsonl", "\n").error());
    assertTrue(read("h.json", "{\"id\": \"a\"} {\"id\": \"b\"}").error().startsWith("not valid JSON"));
    assertTrue(read("i.json", "{\"id\": \"a\", \"id\": \"b\"}").error().contains("Duplicate field 'id'"));
    assertTrue(read("j.json", "{\n\"id\": \"a\",\n\"x\": }").error().startsWith("not valid JSON at line 3: "));
    assertEquals("unsupported file type (expected .json, .jsonl or .txt)", read("k.xml", "<add/>").error());
    assertEquals("no such file", DocumentFiles.read(dir.resolve("absent.json")).error());
    assertEquals("not a readable file", DocumentFiles.read(dir).error());
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'C', 'a', 'f', (byte) 0xe9});
    assertEquals("not UTF-8 text", DocumentFiles.read(latin1).error());
  }

  @Test
  void aFolderExpandsToItsDocumentFilesInNameOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    for (String name : List.of("b.jsonl", "a.json", "c.txt", "d.md", "E.JSON")) {
      Files.writeString(folder.resolve(name), "{}");
    }
    Files.createDirectories(folder.resolve("sub.json"));
    List<Path> files = DocumentFiles.expand(List.of(folder.toString(), "other.json"));
    assertEquals(
        List.of(folder.resolve("E.JSON"), folder.resolve("a.json"), folder.resolve("b.jsonl"),
            folder.resolve("c.txt"), Path.of("other.json")),
        files);
  }
}
