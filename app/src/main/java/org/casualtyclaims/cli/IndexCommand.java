package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;

/**
 * {@code bin/claims index FILE... --solr URL [--batch N]}: sends documents (JSON, JSON Lines,
 * plain text; folders stand for the files in them) to a Solr collection through its {@code
 * /update} handler, in batches, with a progress bar, then commits and prints documents, claims
 * and errors. A bad file is reported and skipped; the rest is still indexed. Exit code 0 when
 * everything was indexed, 1 when a file or a document failed, 2 for a usage error.
 */
final class IndexCommand {
  static final int DEFAULT_BATCH = 100;

  /** The command's part of {@code bin/claims help}. */
  static final String HELP =
      String.join(
          "\n",
          "  index FILE... --solr URL [--batch N]",
          "                      send documents to a Solr collection that uses the configset, through",
          "                      /update (so the claims processor tags them), then commit and print",
          "                      documents, claims and errors. FILE: .json (an object or an array),",
          "                      .jsonl (one object a line), .txt (id: file name, title: first line,",
          "                      body: the rest), or a folder of such files. A bad file is reported",
          "                      and skipped; the exit code is 1 if any file or document failed",
          "                      --solr URL  the collection, e.g. http://localhost:8983/solr/news",
          "                      --batch N   documents per update request (default " + DEFAULT_BATCH + ")");

  private IndexCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    return run(args, out, err, ProgressBar.terminal() && err == System.err);
  }

  static int run(List<String> args, PrintStream out, PrintStream err, boolean redraw)
      throws IOException {
    Options options = Options.parse(args, err, "index", List.of("--solr", "--batch"));
    if (options == null) {
      return 2;
    }
    if (options.value("--solr") == null) {
      err.println("claims index: --solr URL is required, e.g. --solr http://localhost:8983/solr/news");
      return 2;
    }
    if (options.positional().isEmpty()) {
      err.println("claims index: no files given; usage: bin/claims index FILE... --solr URL");
      return 2;
    }
    int batch = DEFAULT_BATCH;
    if (options.value("--batch") != null) {
      try {
        batch = Integer.parseInt(options.value("--batch"));
      } catch (NumberFormatException e) {
        batch = 0;
      }
      if (batch < 1) {
        err.println("claims index: --batch needs a positive number, got '" + options.value("--batch") + "'");
        return 2;
      }
    }
    Indexer.CollectionUrl url;
    try {
      url = Indexer.CollectionUrl.parse(options.value("--solr"));
    } catch (IllegalArgumentException e) {
      err.println("claims index: " + e.getMessage());
      return 2;
    }
    List<Path> files = DocumentFiles.expand(options.positional());
    if (files.isEmpty()) {
      err.println("claims index: no .json, .jsonl or .txt files in " + String.join(" ", options.positional()));
      return 1;
    }
    Indexer.Report report;
    try (SolrClient client = Indexer.client(url)) {
      report = new Indexer(client, url.toString(), batch, err, redraw).index(files);
    } catch (Indexer.IndexException e) {
      err.println("claims index: " + e.getMessage());
      return 1;
    }
    out.println("Indexed into " + url + ":");
    Indexer.summary(report).forEach(line -> out.println("  " + line));
    out.flush();
    return report.errors() == 0 ? 0 : 1;
  }
}
