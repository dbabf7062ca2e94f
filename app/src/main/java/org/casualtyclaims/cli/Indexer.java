package org.casualtyclaims.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.casualtyclaims.solr.ClaimFields;

/**
 * Sends documents read by {@link DocumentFiles} to a Solr collection through its {@code /update}
 * handler (so the collection's update chain, the claims processor in the configset, tags them),
 * in batches, then commits and reads back how many claims each article got.
 *
 * <p>A file that cannot be read is reported and skipped; a batch Solr refuses is sent again one
 * document at a time, so only the documents Solr refuses are lost, each reported with its file
 * (and line or item). Errors that no retry can fix (Solr unreachable, no such collection, access
 * denied) end the run with an {@link IndexException}.
 */
final class Indexer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Ids per read-back query. */
  private static final int READ_BACK_CHUNK = 500;

  /** A file skipped or a document refused, with why. */
  record Failure(String origin, String message) {}

  /** What a run did. */
  record Report(
      int files,
      int filesSkipped,
      int documentsSent,
      int documentsIndexed,
      int documentsRefused,
      long claims,
      int articlesWithClaims,
      Map<String, Integer> statuses,
      int untagged,
      List<Failure> failures,
      long millis) {

    int errors() {
      return filesSkipped + documentsRefused;
    }
  }

  /** An error that stops the whole run, with a one-line message. */
  static final class IndexException extends Exception {
    IndexException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final SolrClient client;
  private final String url;
  private final int batchSize;
  private final PrintStream err;
  private final boolean redraw;

  /**
   * @param client a client whose default collection is the target
   * @param url the collection's URL, for messages
   * @param err where the progress bar and the failures go
   * @param redraw redraw the progress bar in place (a terminal)
   */
  Indexer(SolrClient client, String url, int batchSize, PrintStream err, boolean redraw) {
    this.client = client;
    this.url = url;
    this.batchSize = batchSize;
    this.err = err;
    this.redraw = redraw;
  }

  /** A client for a collection URL such as {@code http://localhost:8983/solr/news}. */
  static SolrClient client(CollectionUrl url) {
    return new Http2SolrClient.Builder(url.base())
        .withDefaultCollection(url.collection())
        .withConnectionTimeout(15, TimeUnit.SECONDS)
        .withIdleTimeout(5, TimeUnit.MINUTES)
        .build();
  }

  /** A collection URL split into Solr's base URL and the collection's name. */
  record CollectionUrl(String base, String collection) {
    static CollectionUrl parse(String url) {
      String u = url.strip();
      while (u.endsWith("/")) {
        u = u.substring(0, u.length() - 1);
      }
      if (!(u.startsWith("http://") || u.startsWith("https://"))) {
        throw new IllegalArgumentException(
            "--solr needs an http(s) URL such as http://localhost:8983/solr/news, got '" + url + "'");
      }
      int slash = u.lastIndexOf('/');
      String collection = u.substring(slash + 1);
      String base = u.substring(0, slash);
      if (base.endsWith(":/") || collection.isEmpty() || collection.equals("solr")
          || collection.contains("?")) {
        throw new IllegalArgumentException(
            "--solr must name the collection, as in http://localhost:8983/solr/news; got '" + url + "'");
      }
      return new CollectionUrl(base, collection);
    }

    @Override
    public String toString() {
      return base + "/" + collection;
    }
  }

  Report index(List<Path> files) throws IndexException {
    long start = System.nanoTime();
    List<Failure> failures = new ArrayList<>();
    List<DocumentFiles.Doc> docs = new ArrayList<>();
    int skipped = 0;
    for (Path file : files) {
      DocumentFiles.FileResult result = DocumentFiles.read(file);
      if (result.ok()) {
        docs.addAll(result.docs());
      } else {
        skipped++;
        Failure f = new Failure(result.file(), result.error());
        failures.add(f);
        err.println("skipped " + f.origin() + ": " + f.message());
      }
    }

    List<Failure> refused = new ArrayList<>();
    Set<String> indexed = new LinkedHashSet<>();
    if (!docs.isEmpty()) {
      checkCollection();
      ProgressBar bar = new ProgressBar(err, "indexing", "documents", docs.size(), redraw);
      bar.start();
      try {
        for (int from = 0; from < docs.size(); from += batchSize) {
          List<DocumentFiles.Doc> batch =
              docs.subList(from, Math.min(docs.size(), from + batchSize));
          send(batch, indexed, refused);
          bar.advance(batch.size());
        }
      } finally {
        bar.finish();
      }
      for (Failure f : refused) {
        err.println("refused " + f.origin() + ": " + f.message());
      }
      failures.addAll(refused);
      commit();
    }

    long claims = 0;
    int withClaims = 0;
    int untagged = 0;
    Map<String, Integer> statuses = new TreeMap<>();
    for (SolrDocument d : readBack(new ArrayList<>(indexed))) {
      Object status = d.getFieldValue(ClaimFields.STATUS);
      Object count = d.getFieldValue(ClaimFields.CLAIM_COUNT);
      if (status == null) {
        untagged++;
        continue;
      }
      statuses.merge(status.toString(), 1, Integer::sum);
      if (count instanceof Number n) {
        claims += n.longValue();
        if (n.longValue() > 0) {
          withClaims++;
        }
      }
    }
    return new Report(
        files.size(),
        skipped,
        docs.size(),
        indexed.size(),
        refused.size(),
        claims,
        withClaims,
        statuses,
        untagged,
        failures,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  /** Fails early, before any progress, when the collection cannot be queried. */
  private void checkCollection() throws IndexException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    try {
      execute(new QueryRequest(params));
    } catch (BaseHttpSolrClient.RemoteSolrException e) {
      fatalIfNotTheDocuments(e);
      throw new IndexException("Solr at " + url + " cannot be queried: " + solrMessage(e), e);
    }
  }

  /** Sends a batch; if Solr refuses it, sends its documents one by one to find the bad ones. */
  private void send(List<DocumentFiles.Doc> batch, Set<String> indexed, List<Failure> refused)
      throws IndexException {
    try {
      post(batch);
      batch.forEach(d -> indexed.add(d.id()));
      return;
    } catch (BaseHttpSolrClient.RemoteSolrException e) {
      fatalIfNotTheDocuments(e);
      if (batch.size() == 1) {
        refused.add(new Failure(batch.get(0).origin(), solrMessage(e)));
        return;
      }
    }
    for (DocumentFiles.Doc doc : batch) {
      try {
        post(List.of(doc));
        indexed.add(doc.id());
      } catch (BaseHttpSolrClient.RemoteSolrException e) {
        fatalIfNotTheDocuments(e);
        refused.add(new Failure(doc.origin(), solrMessage(e)));
      }
    }
  }

  private void post(List<DocumentFiles.Doc> batch) throws IndexException {
    ArrayNode array = MAPPER.createArrayNode();
    batch.forEach(d -> array.add(d.json()));
    String json;
    try {
      json = MAPPER.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IndexException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
    ContentStreamUpdateRequest request = new ContentStreamUpdateRequest("/update");
    request.addContentStream(new ContentStreamBase.StringStream(json, "application/json"));
    request.setMethod(SolrRequest.METHOD.POST);
    execute(request);
  }

  private void commit() throws IndexException {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    try {
      execute(commit);
    } catch (BaseHttpSolrClient.RemoteSolrException e) {
      throw new IndexException("the commit failed: " + solrMessage(e), e);
    }
  }

  private void execute(SolrRequest<?> request) throws IndexException {
    try {
      client.request(request);
    } catch (SolrServerException | IOException e) {
      throw unreachable(e);
    }
  }

  private IndexException unreachable(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new IndexException("cannot reach Solr at " + url + ": " + why, e);
  }

  /** Errors that are about the collection or access, not about one document, end the run. */
  private void fatalIfNotTheDocuments(BaseHttpSolrClient.RemoteSolrException e)
      throws IndexException {
    int code = e.code();
    if (code == 404) {
      throw new IndexException(
          "no Solr collection at " + url + " (HTTP 404): check the URL and the collection's name", e);
    }
    if (code == 401 || code == 403) {
      throw new IndexException(
          "Solr at " + url + " refused access (HTTP " + code + "); this command sends no credentials",
          e);
    }
    if (code == 503) {
      throw new IndexException("Solr at " + url + " is unavailable (HTTP 503): " + solrMessage(e), e);
    }
  }

  /** Solr's message without SolrJ's "Error from server at URL: " prefix. */
  static String solrMessage(Exception e) {
    String m = String.valueOf(e.getMessage());
    int at = m.startsWith("Error from server at ") ? m.indexOf(": ") : -1;
    return (at >= 0 ? m.substring(at + 2) : m).strip();
  }

  /** The indexed articles' claim summary fields, {@value #READ_BACK_CHUNK} ids per request. */
  private List<SolrDocument> readBack(List<String> ids) throws IndexException {
    List<SolrDocument> docs = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += READ_BACK_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_BACK_CHUNK));
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      // ids may hold commas: the terms parser splits on a character no id holds
      params.set("fq", "{!terms f=id separator=$claims_sep v=$claims_ids}");
      params.set("claims_sep", "\u001f");
      params.set("claims_ids", String.join("\u001f", chunk));
      params.set("fl", ClaimFields.ID + "," + ClaimFields.CLAIM_COUNT + "," + ClaimFields.STATUS);
      params.set("rows", chunk.size());
      QueryRequest query = new QueryRequest(params, SolrRequest.METHOD.POST);
      try {
        SolrDocumentList results = query.process(client).getResults();
        docs.addAll(results);
      } catch (SolrServerException | IOException e) {
        throw unreachable(e);
      } catch (BaseHttpSolrClient.RemoteSolrException e) {
        throw new IndexException("reading the claims back failed: " + solrMessage(e), e);
      }
    }
    return docs;
  }

  static String plural(long n, String noun) {
    return TextTable.number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** The summary lines: documents, claims, errors. */
  static List<String> summary(Report r) {
    List<String> lines = new ArrayList<>();
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(
        "files",
        TextTable.number(r.files())
            + (r.filesSkipped() > 0
                ? " (" + (r.files() - r.filesSkipped()) + " read, " + r.filesSkipped() + " skipped)"
                : ""));
    int repeats = r.documentsSent() - r.documentsRefused() - r.documentsIndexed();
    String repeated =
        repeats > 0
            ? " (" + plural(repeats, "repeated id") + ": the later document replaced the earlier)"
            : "";
    rows.put("documents", TextTable.number(r.documentsIndexed()) + " indexed" + repeated);
    String statuses =
        r.statuses().isEmpty()
            ? ""
            : " (claims_status: "
                + String.join(
                    ", ",
                    r.statuses().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
                + ")";
    rows.put(
        "claims",
        TextTable.number(r.claims()) + " in " + r.articlesWithClaims() + " of "
            + plural(r.documentsIndexed(), "document") + statuses);
    rows.put(
        "errors",
        r.errors() == 0
            ? "none"
            : r.errors()
                + " ("
                + plural(r.filesSkipped(), "file")
                + " skipped, "
                + plural(r.documentsRefused(), "document")
                + " refused; see above)");
    rows.put("time", String.format(java.util.Locale.ROOT, "%.1f s", r.millis() / 1000.0));
    rows.forEach((k, v) -> lines.add(String.format(java.util.Locale.ROOT, "%-10s %s", k + ":", v)));
    if (r.untagged() > 0) {
      lines.add(
          "warning:   "
              + r.untagged()
              + " documents have no claims_status: does the collection use the claims configset"
              + " (its default update chain runs ClaimsUpdateProcessorFactory)?");
    }
    return lines;
  }
}
