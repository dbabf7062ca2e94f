package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/claims index} against a real Solr on HTTP (one per class: the demo's embedded Solr
 * with the configset as core news): JSON, JSON Lines and text files are indexed and tagged; a bad
 * file is reported by name and skipped while the others are indexed; a document Solr refuses is
 * reported with its file and item.
 */
class IndexCommandTest {
  private static Path home;
  private static DemoLogging logging;
  private static EmbeddedSolr solr;
  private static SolrClient client;

  @TempDir Path dir;

  @BeforeAll
  static void startSolr(@TempDir Path tmp) throws Exception {
    home = tmp.resolve("solr-home");
    Files.createDirectories(EmbeddedSolr.logDir(home));
    logging = DemoLogging.toFile(EmbeddedSolr.logDir(home).resolve("solr.log"));
    solr = EmbeddedSolr.start(home, Checkout.conf(), 0);
    client = Indexer.client(Indexer.CollectionUrl.parse(solr.coreUrl()));
  }

  @AfterAll
  static void stopSolr() throws IOException {
    client.close();
    solr.close();
    logging.close();
  }

  private record Run(int code, String out, String err) {}

  private static Run index(String... args) throws IOException {
    Checkout.Capture out = new Checkout.Capture();
    Checkout.Capture err = new Checkout.Capture();
    int code = IndexCommand.run(List.of(args), out.stream, err.stream, false);
    return new Run(code, out.text(), err.text());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static SolrDocument article(String id) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "{!term f=id v=$id}");
    p.set("id", id);
    p.set("fl", "id,title,body,claims_count,claims_status");
    List<SolrDocument> docs = client.query(p).getResults();
    return docs.isEmpty() ? null : docs.get(0);
  }

  private static long claimsOf(List<String> ids) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "doc_type:claim");
    p.set("fq", "{!terms f=claim_article}" + String.join(",", ids));
    p.set("rows", 0);
    return client.query(p).getResults().getNumFound();
  }

  private static long summaryNumber(String out, String row, String pattern) {
    Matcher m = Pattern.compile(row + ":\\s+" + pattern).matcher(out);
    assertTrue(m.find(), row + " in\n" + out);
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  void indexesJsonJsonLinesAndPlainTextAndCountsTheClaims() throws Exception {
    Path array =
        write("array.json",
            "[{\"id\": \"t1-a\", \"title\": \"Blast kills 12\", \"body\": \"Police said 12 people were killed.\"},\n"
                + " {\"id\": \"t1-b\", \"body\": \"The Red Cross said 40 people were missing after the flood.\"}]");
    Path object =
        write("object.json", "{\"id\": 7001, \"title\": \"Council meets\", \"body\": \"The council approved a bridge.\"}");
    Path lines =
        write("lines.jsonl",
            "{\"id\": \"t1-l1\", \"body\": \"Officials said 9 people died in the quake.\"}\n\n"
                + "{\"id\": \"t1-l2\", \"body\": \"Firefighters said 3 people were injured in the fire.\"}\n");
    Path text =
        write("t1-ferry.txt",
            "\nFerry capsizes on Lake Varn\n\nNine people were killed when a ferry capsized, police said.\n");
    Run r = index(array.toString(), object.toString(), lines.toString(), text.toString(), "--solr", solr.coreUrl());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("indexing [") && r.err().contains("6/6 documents"), r.err());
    assertEquals(6, summaryNumber(r.out(), "documents", "(\\d+) indexed"));
    assertTrue(r.out().contains("errors:    none"), r.out());

    SolrDocument ferry = article("t1-ferry.txt");
    assertEquals("Ferry capsizes on Lake Varn", ferry.getFieldValue("title"));
    assertEquals("Nine people were killed when a ferry capsized, police said.", ferry.getFieldValue("body"));
    assertEquals("ok", ferry.getFieldValue("claims_status"));
    assertEquals("none", article("7001").getFieldValue("claims_status"));

    List<String> ids = List.of("t1-a", "t1-b", "7001", "t1-l1", "t1-l2", "t1-ferry.txt");
    long claims = claimsOf(ids);
    assertTrue(claims >= 4, "claims: " + claims);
    assertEquals(claims, summaryNumber(r.out(), "claims", "(\\d+) in \\d+ of"));
    long withClaims = 0;
    for (String id : ids) {
      if (((Number) article(id).getFieldValue("claims_count")).intValue() > 0) {
        withClaims++;
      }
    }
    assertEquals(withClaims, summaryNumber(r.out(), "claims", "\\d+ in (\\d+) of"));
  }

  @Test
  void aBadFileIsReportedByNameAndSkippedWhileTheOthersAreIndexed() throws Exception {
    Path good = write("good.json", "{\"id\": \"t2-good\", \"body\": \"Police said 5 people were killed.\"}");
    Path broken = write("broken.json", "{\"id\": \"t2-broken\", \"body\": ");
    Path badLine =
        write("badline.jsonl", "{\"id\": \"t2-l1\", \"body\": \"fine\"}\n{not json}\n");
    Path noId = write("noid.json", "[{\"id\": \"t2-x\"}, {\"title\": \"no id\"}]");
    Path empty = write("empty.txt", "  \n\n");
    Path csv = write("data.csv", "id,title\n1,x\n");
    Path badUtf8 = dir.resolve("latin1.txt");
    Files.write(badUtf8, new byte[] {'C', 'a', 'f', (byte) 0xe9, '\n'});
    Path later = write("later.txt", "Quake toll rises\nOfficials said 30 people died.");
    Run r =
        index(good.toString(), broken.toString(), badLine.toString(), noId.toString(),
            empty.toString(), csv.toString(), badUtf8.toString(), dir.resolve("absent.json").toString(),
            later.toString(), "--solr", solr.coreUrl());
    assertEquals(1, r.code(), r.out() + r.err());
    List<String> expected =
        List.of(
            "skipped " + broken + ": not valid JSON",
            "skipped " + badLine + ": line 2: not valid JSON",
            "skipped " + noId + ": item 2: document has no \"id\"",
            "skipped " + empty + ": empty text file",
            "skipped " + csv + ": unsupported file type",
            "skipped " + badUtf8 + ": not UTF-8 text",
            "skipped " + dir.resolve("absent.json") + ": no such file");
    for (String line : expected) {
      assertTrue(r.err().contains(line), "expected '" + line + "' in\n" + r.err());
    }
    assertEquals(7, summaryNumber(r.out(), "errors", "(\\d+)"));
    assertTrue(r.out().contains("7 files skipped"), r.out());
    assertEquals("t2-good", article("t2-good").getFieldValue("id"));
    assertEquals("later.txt", article("later.txt").getFieldValue("id"));
    // nothing of a skipped file is indexed, not even its good documents
    for (String id : List.of("t2-broken", "t2-l1", "t2-x")) {
      assertEquals(null, article(id), id);
    }
  }

  @Test
  void aDocumentSolrRefusesIsReportedWithItsItemAndTheRestOfItsBatchIsIndexed() throws Exception {
    Path file =
        write("dates.json",
            "[{\"id\": \"t3-1\", \"body\": \"Police said 2 people were killed.\"},"
                + " {\"id\": \"t3-2\", \"body\": \"Police said 3 people were killed.\", \"published\": \"yesterday\"},"
                + " {\"id\": \"t3-3\", \"body\": \"Police said 4 people were killed.\", \"published\": \"2025-01-28T11:15:00Z\"}]");
    Run r = index(file.toString(), "--solr", solr.coreUrl());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("refused " + file + " item 2: "), r.err());
    assertTrue(r.err().contains("yesterday"), r.err());
    assertTrue(r.out().contains("1 document refused"), r.out());
    assertEquals(2, summaryNumber(r.out(), "documents", "(\\d+) indexed"));
    assertEquals("t3-1", article("t3-1").getFieldValue("id"));
    assertEquals("t3-3", article("t3-3").getFieldValue("id"));
    assertEquals(null, article("t3-2"));
  }

  @Test
  void aFolderStandsForItsDocumentFilesAndBatchesOfOneGiveTheSameResult() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("a.json"), "{\"id\": \"t4-a\", \"body\": \"Police said 6 people were killed.\"}");
    Files.writeString(folder.resolve("b.txt"), "Mine collapse\nRescuers said 11 miners were missing.");
    Files.writeString(folder.resolve("notes.md"), "# not a document");
    Run r = index(folder.toString(), "--batch", "1", "--solr", solr.coreUrl() + "/");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("files:     2\n"), r.out());
    assertEquals(2, summaryNumber(r.out(), "documents", "(\\d+) indexed"));
    assertEquals("Mine collapse", article("b.txt").getFieldValue("title"));
  }

  @Test
  void usageErrorsAndUnreachableSolrAreOneLineErrors() throws Exception {
    Path file = write("one.json", "{\"id\": \"t5\", \"body\": \"x\"}");
    Run noSolr = index(file.toString());
    assertEquals(2, noSolr.code());
    assertTrue(noSolr.err().contains("--solr URL is required"), noSolr.err());
    Run noFiles = index("--solr", solr.coreUrl());
    assertEquals(2, noFiles.code());
    Run noCollection = index(file.toString(), "--solr", solr.baseUrl());
    assertEquals(2, noCollection.code());
    assertTrue(noCollection.err().contains("must name the collection"), noCollection.err());
    Run badBatch = index(file.toString(), "--batch", "0", "--solr", solr.coreUrl());
    assertEquals(2, badBatch.code());

    Run wrongCore = index(file.toString(), "--solr", solr.baseUrl() + "/nosuchcore");
    assertEquals(1, wrongCore.code());
    assertTrue(wrongCore.err().strip().startsWith("claims index: no Solr collection at "), wrongCore.err());
    assertEquals(1, wrongCore.err().strip().lines().count(), wrongCore.err());

    int closed;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closed = s.getLocalPort();
    }
    Run down = index(file.toString(), "--solr", "http://localhost:" + closed + "/solr/news");
    assertEquals(1, down.code());
    assertTrue(down.err().startsWith("claims index: cannot reach Solr at "), down.err());
    assertFalse(down.err().contains("indexing ["), "no progress before the failure: " + down.err());
    assertEquals(null, article("t5"));
  }

  @Test
  void repeatedIdsAreCountedOnce() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("{\"id\": \"t6\", \"body\": \"Police said 2 people were killed.\"}");
    lines.add("{\"id\": \"t6\", \"body\": \"Police said 3 people were killed.\"}");
    Path file = write("twice.jsonl", String.join("\n", lines));
    Run r = index(file.toString(), "--solr", solr.coreUrl());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("documents: 1 indexed (1 repeated id:"), r.out());
    assertEquals("Police said 3 people were killed.", article("t6").getFieldValue("body"));
  }
}
