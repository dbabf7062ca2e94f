package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.client.api.util.SolrVersion;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * {@code bin/claims demo [--port N] [--exit] [--home DIR]}: starts Solr in this JVM with the
 * configset as the core {@code news} on {@code localhost:8983}, indexes {@code sample-docs/}
 * through {@code /update} (so the claims processor tags them), prints the claims by source and
 * confidence, the disagreements and example URLs, and serves until Ctrl-C, with the claims
 * explorer's static files ({@code ui/}) at {@code /solr/claims-ui/}.
 */
final class DemoCommand {
  static final int DEFAULT_PORT = 8983;
  /** Sample articles per update request: small, so the progress bar moves. */
  private static final int SAMPLE_BATCH = 8;

  /** The command's part of {@code bin/claims help}. */
  static final String HELP =
      String.join(
          "\n",
          "  demo [--port N] [--exit] [--home DIR]",
          "                      start Solr with the configset as core 'news', index sample-docs/,",
          "                      print the claims by source and confidence, the disagreements and",
          "                      example URLs, then serve them and the claims explorer (a web page,",
          "                      /solr/claims-ui/) until Ctrl-C",
          "                      --port N    HTTP port on localhost (default 8983; 0: a free port, printed)",
          "                      --exit      stop after the summary (for scripts and tests)",
          "                      --home DIR  Solr home to use and keep (index, logs/solr.log); default:",
          "                                  a temporary folder, deleted on exit");

  private DemoCommand() {}

  /** A running demo: Solr, its log, its home. {@link #close()} stops it and cleans up. */
  static final class Demo implements AutoCloseable {
    private final EmbeddedSolr solr;
    private final DemoLogging logging;
    private final boolean temporaryHome;
    private boolean closed;

    private Demo(EmbeddedSolr solr, DemoLogging logging, boolean temporaryHome) {
      this.solr = solr;
      this.logging = logging;
      this.temporaryHome = temporaryHome;
    }

    int port() {
      return solr.port();
    }

    /** {@code http://localhost:PORT/solr/news}. */
    String coreUrl() {
      return solr.coreUrl();
    }

    /** {@code http://localhost:PORT/solr/claims-ui/}: the claims explorer. */
    String uiUrl() {
      return solr.uiUrl();
    }

    /** Stops Solr, closes its log and deletes a temporary home. */
    @Override
    public void close() {
      close(false);
    }

    /** Stops Solr and closes its log; keeps the home, with the log, when {@code keepHome}. */
    synchronized void close(boolean keepHome) {
      if (closed) {
        return;
      }
      closed = true;
      solr.close();
      logging.close();
      if (temporaryHome && !keepHome) {
        try {
          EmbeddedSolr.deleteTree(solr.home());
        } catch (IOException e) {
          // a temporary folder left behind is no reason to fail the shutdown
        }
      }
    }
  }

  /** The command line's entry: runs the demo, then serves until Ctrl-C unless {@code --exit}. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    Started started = start(args, out, err, ProgressBar.terminal() && err == System.err);
    if (started.demo() == null) {
      return started.code();
    }
    Demo demo = started.demo();
    if (started.exit()) {
      demo.close();
      return started.code();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  err.println("claims demo: stopping Solr...");
                  demo.close();
                  stopped.countDown();
                },
                "claims-demo-shutdown"));
    out.println();
    out.println("Solr is running at " + demo.coreUrl() + ", the claims explorer at " + demo.uiUrl()
        + " -- press Ctrl-C to stop.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      demo.close();
    }
    return started.code();
  }

  /** The outcome of {@link #start}: a running demo (null on error), the exit code, --exit. */
  record Started(Demo demo, int code, boolean exit) {}

  /**
   * Parses the options, starts Solr, indexes the sample articles and prints the summary. On an
   * error, prints one line on {@code err} and returns no demo and a non-zero code.
   */
  static Started start(List<String> args, PrintStream out, PrintStream err, boolean redraw) {
    Options options = Options.parse(args, err, "demo", List.of("--port", "--home"), "--exit");
    if (options == null) {
      return new Started(null, 2, true);
    }
    if (!options.positional().isEmpty()) {
      err.println("claims demo: unexpected argument '" + options.positional().get(0) + "'");
      return new Started(null, 2, true);
    }
    int port = DEFAULT_PORT;
    if (options.value("--port") != null) {
      try {
        port = Integer.parseInt(options.value("--port"));
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 0 || port > 65535) {
        err.println("claims demo: --port needs a number from 0 to 65535 (0: any free port), got '"
            + options.value("--port") + "'");
        return new Started(null, 2, true);
      }
    }
    Path project = Path.of(System.getProperty("claims.home", ".")).toAbsolutePath().normalize();
    Path conf = project.resolve("solr-config").resolve("conf");
    Path samples = project.resolve("sample-docs");
    Path ui = project.resolve("ui");
    if (!Files.isDirectory(conf) || !Files.isDirectory(samples) || !Files.isRegularFile(ui.resolve("index.html"))) {
      err.println("claims demo: the project's solr-config/conf, sample-docs/ and ui/ were not found under "
          + project + " (run bin/claims from a checkout)");
      return new Started(null, 1, true);
    }
    if (port != 0 && !EmbeddedSolr.portIsFree(port)) {
      err.println("claims demo: " + EmbeddedSolr.portInUse(port));
      return new Started(null, 1, true);
    }

    Path home;
    boolean temporary = options.value("--home") == null;
    try {
      home =
          temporary
              ? Files.createTempDirectory("claims-demo-")
              : Files.createDirectories(Path.of(options.value("--home")).toAbsolutePath());
    } catch (IOException e) {
      err.println("claims demo: cannot create the Solr home: " + e.getMessage());
      return new Started(null, 1, true);
    }
    Path log = EmbeddedSolr.logDir(home).resolve("solr.log");
    try {
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      err.println("claims demo: cannot create " + log.getParent() + ": " + e.getMessage());
      return new Started(null, 1, true);
    }
    DemoLogging logging = DemoLogging.toFile(log);

    err.println(
        "Starting Solr " + SolrVersion.LATEST_STRING + " (core " + EmbeddedSolr.CORE
            + ", configset " + conf + ") on " + (port == 0 ? "a free port" : "port " + port)
            + "; its log: " + log);
    long t0 = System.nanoTime();
    Demo demo;
    try {
      demo = new Demo(EmbeddedSolr.start(home, conf, port, ui), logging, temporary);
    } catch (EmbeddedSolr.StartException | IOException e) {
      logging.close();
      err.println("claims demo: " + e.getMessage() + " (Solr's log: " + log + ")");
      return new Started(null, 1, true);
    }
    err.println(String.format(Locale.ROOT, "Solr is up on port %d (%.1f s).", demo.port(),
        (System.nanoTime() - t0) / 1e9));
    if (port == 0) {
      out.println("Solr port: " + demo.port());
    }

    try (SolrClient client = Indexer.client(Indexer.CollectionUrl.parse(demo.coreUrl()))) {
      List<Path> files = DocumentFiles.expand(List.of(samples.toString()));
      err.println("Indexing " + files.size() + " sample articles from " + samples
          + " through /update:");
      Indexer.Report report =
          new Indexer(client, demo.coreUrl(), SAMPLE_BATCH, err, redraw).index(files);
      out.println();
      out.println(
          String.format(Locale.ROOT, "Indexed %d articles in %.1f s%s.", report.documentsIndexed(),
              report.millis() / 1000.0,
              report.errors() == 0 ? "" : "; " + report.errors() + " failed (see above)"));
      out.println();
      String featured = files.isEmpty() ? null : firstId(files.get(0));
      print(out, ClaimsSummary.render(ClaimsSummary.load(client, featured)));
      out.println();
      print(out, EventDisagreements.render(EventDisagreements.find(client)));
      out.println();
      out.println("The claims explorer, a page for editors (search, facets, who says how many):");
      out.println("  " + demo.uiUrl());
      out.println();
      print(out, ExampleUrls.render(demo.coreUrl(), featured == null ? "news-001" : featured));
      out.println();
      out.println("Solr's log: " + log + (temporary ? " (deleted on exit; --home DIR keeps it)" : ""));
      out.flush();
      return new Started(demo, report.errors() == 0 ? 0 : 1, options.flag("--exit"));
    } catch (Indexer.IndexException | SolrServerException | IOException | RuntimeException e) {
      err.println("claims demo: " + e.getMessage() + " (Solr's log, kept: " + log + ")");
      demo.close(true);
      return new Started(null, 1, true);
    }
  }

  /** The id of the first document of a sample file (the article shown in full). */
  private static String firstId(Path file) {
    DocumentFiles.FileResult r = DocumentFiles.read(file);
    return r.ok() && !r.docs().isEmpty() ? r.docs().get(0).id() : null;
  }

  private static void print(PrintStream out, List<String> lines) {
    lines.forEach(out::println);
  }
}
