package org.casualtyclaims.cli;

import com.codahale.metrics.Timer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.casualtyclaims.engine.ClaimExtractor;
import org.casualtyclaims.engine.ExtractionResult;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.LexiconException;
import org.casualtyclaims.engine.Lexicons;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.solr.ClaimDocuments;
import org.casualtyclaims.solr.ClaimFields;

/**
 * {@code bin/claims bench index}: the cost of tagging at index time. Indexes the same articles
 * (about 3 KB each, of the {@link BenchMix} chosen with {@code --mix}) into an embedded
 * Solr core on the project's configset in three modes: with the claims processor tagging them;
 * with {@code claims.enabled=false}, the same processor switched off for the request; and, to
 * split the cost, "prebuilt": the claims extracted before the clock starts and sent with the
 * articles through the {@code preextracted} chain, so the run pays for the claim documents but not
 * for the extraction. Runs alternate in one process after a warm-up, each on a fresh core, with
 * the same batches and one commit at the end. Its last line is {@code RESULT with_docs_s=X
 * without_docs_s=Y ratio=X/Y}: the median throughputs, tagging and off, in articles per second
 * (claims not counted as documents).
 */
final class IndexBench {
  static final String USAGE =
      "usage: bin/claims bench index [--mix conflict|newsroom|dense] [--docs N] [--rounds N]"
          + " [--warmup N] [--batch N] [--seed N] [--conf DIR] [--samples DIR] [--gold FILE]";

  private static final int DEFAULT_DOCS = 20_000;
  private static final int DEFAULT_ROUNDS = 3;
  private static final int DEFAULT_WARMUP = 4_000;
  private static final int DEFAULT_BATCH = 200;

  /** The claims processor's per-article timer, in each core's registry. */
  private static final String TIMER = "UPDATE.claims.time";

  /**
   * The client thread's CPU time, printed beside each run's clock: the embedded core indexes and
   * commits in that thread, so where other work shares the machine it moves far less than the
   * clock does.
   */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private IndexBench() {}

  /** How a run indexes the articles. */
  enum Mode {
    TAGGING("tagging"),
    PREBUILT("prebuilt"),
    OFF("off");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  /** Median throughputs of the two modes, in articles per second. */
  record Result(double withDocsS, double withoutDocsS) {
    double ratio() {
      return withDocsS / withoutDocsS;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "RESULT with_docs_s=%.2f without_docs_s=%.2f ratio=%.2f",
          withDocsS,
          withoutDocsS,
          ratio());
    }
  }

  /**
   * One timed run: how long it took, the claim documents in the index and, tagging on, the
   * processor's own time.
   */
  record Run(
      Mode mode, int docs, double seconds, double cpuSeconds, long claims,
      double processorSeconds, long indexBytes) {
    double docsPerSecond() {
      return docs / seconds;
    }
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options =
        Options.parse(
            args, err, "bench index",
            List.of("--docs", "--rounds", "--warmup", "--batch", "--seed", "--conf", "--samples",
                "--mix", "--gold"));
    if (options == null) {
      err.println(USAGE);
      return 2;
    }
    if (!options.positional().isEmpty()) {
      err.println("claims bench index: unexpected argument " + options.positional().get(0));
      err.println(USAGE);
      return 2;
    }
    int docs;
    int rounds;
    int warmup;
    int batch;
    long seed;
    BenchMix mix;
    try {
      mix = options.value("--mix") == null
          ? BenchMix.DEFAULT
          : BenchMix.parse(options.value("--mix"));
      docs = options.wholeNumber("--docs", DEFAULT_DOCS, 1);
      rounds = options.wholeNumber("--rounds", DEFAULT_ROUNDS, 1);
      warmup = options.wholeNumber("--warmup", Math.min(DEFAULT_WARMUP, docs), 0);
      batch = options.wholeNumber("--batch", DEFAULT_BATCH, 1);
      seed = options.longNumber("--seed", 42);
    } catch (IllegalArgumentException e) {
      err.println("claims bench index: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Path conf =
        options.value("--conf") == null ? Engine.defaultConf() : Path.of(options.value("--conf"));
    if (!Files.isRegularFile(conf.resolve("solrconfig.xml"))) {
      err.println("claims bench index: no solrconfig.xml in " + conf.toAbsolutePath());
      return 2;
    }
    Path samples =
        options.value("--samples") == null
            ? BenchCorpus.defaultFolder()
            : Path.of(options.value("--samples"));
    List<BenchArticles.Article> articles;
    ClaimExtractor engine;
    GoldDensity gold;
    try {
      gold = options.value("--gold") == null
          ? GoldDensity.DEV2
          : GoldDensity.measure(Path.of(options.value("--gold")));
      engine =
          new ClaimExtractor(
              Lexicons.load(ResourceOpener.folder(conf)), ExtractorSettings.defaults());
      articles = mix.articles(BenchArticles.samples(samples), docs, seed, engine, gold);
    } catch (IllegalArgumentException | UncheckedIOException | LexiconException e) {
      err.println("claims bench index: " + e.getMessage());
      return 2;
    }

    Path home = Files.createTempDirectory("claims-bench-index");
    // the same commit policy in every run: one hard commit at its end, no timed commits between
    String savedAutoCommit = System.getProperty("solr.autoCommit.maxTime");
    String savedSoftCommit = System.getProperty("solr.autoSoftCommit.maxTime");
    System.setProperty("solr.autoCommit.maxTime", "-1");
    System.setProperty("solr.autoSoftCommit.maxTime", "-1");
    try {
      return bench(home, conf, articles, rounds, warmup, batch, seed, samples, engine, out,
          mix, gold);
    } catch (SolrServerException | RuntimeException e) {
      out.flush();
      err.println("claims bench index: the benchmark failed: " + e);
      return 1;
    } finally {
      restore("solr.autoCommit.maxTime", savedAutoCommit);
      restore("solr.autoSoftCommit.maxTime", savedSoftCommit);
      EmbeddedSolr.deleteTree(home);
    }
  }

  private static int bench(
      Path home,
      Path conf,
      List<BenchArticles.Article> articles,
      int rounds,
      int warmup,
      int batch,
      long seed,
      Path samples,
      ClaimExtractor engine,
      PrintStream out,
      BenchMix mix,
      GoldDensity gold)
      throws IOException, SolrServerException {
    long bytes = 0;
    for (BenchArticles.Article a : articles) {
      bytes += a.utf8Bytes();
    }
    out.printf(
        Locale.ROOT,
        "claims bench index: %d articles, %.1f MB of title and body text (%.0f bytes on average),"
            + " from %s, seed %d; batches of %d, one commit per run; %d round(s) after a warm-up"
            + " of %d articles%n",
        articles.size(), bytes / 1e6, (double) bytes / articles.size(),
        samples.toAbsolutePath().normalize(), seed, batch, rounds, warmup);
    // the prebuilt mode's documents, built before any clock starts
    List<ExtractionResult> extracted = new ArrayList<>(articles.size());
    List<SolrInputDocument> prebuilt = prebuild(engine, articles, extracted);
    mix.print(out, gold, BenchMix.Density.of(articles, extracted));
    out.flush();
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    CoreContainer container = new CoreContainer(home, new Properties());
    container.load();
    try {
      int[] serial = {0};
      if (warmup > 0) {
        int n = Math.min(warmup, articles.size());
        for (Mode mode : Mode.values()) {
          Run r = index(container, conf, "warmup-" + serial[0]++, articles.subList(0, n),
              prebuilt.subList(0, n), batch, mode);
          out.printf(Locale.ROOT, "warm-up   %-8s %s%n", mode.label, describe(r));
        }
      }
      Map<Mode, List<Run>> runs = new EnumMap<>(Mode.class);
      for (int round = 0; round < rounds; round++) {
        // alternate the order of the modes, so a drift in the machine's speed favours none
        List<Mode> order = new ArrayList<>(List.of(Mode.values()));
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (Mode mode : order) {
          Run r = index(container, conf, "run-" + serial[0]++, articles, prebuilt, batch, mode);
          runs.computeIfAbsent(mode, m -> new ArrayList<>()).add(r);
          out.printf(Locale.ROOT, "round %d   %-8s %s%n", round + 1, mode.label, describe(r));
          out.flush();
        }
      }

      // the extraction alone, on the same texts, single-threaded as in the runs
      double extractSeconds = extractAlone(engine, articles);
      IndexBenchSummary.print(out, runs, articles.size(), extractSeconds);
      out.flush();
      return 0;
    } finally {
      container.shutdown();
    }
  }

  private static String describe(Run r) {
    return String.format(
        Locale.ROOT,
        "%6d articles in %7.2f s = %8.2f articles/s, cpu %6.2f s, index %.1f MB%s%s",
        r.docs(), r.seconds(), r.docsPerSecond(), r.cpuSeconds(), r.indexBytes() / 1e6,
        r.mode() == Mode.OFF ? "" : String.format(Locale.ROOT, ", %d claims", r.claims()),
        r.mode() == Mode.TAGGING
            ? String.format(Locale.ROOT, ", processor %.2f s", r.processorSeconds())
            : "");
  }

  /**
   * One timed run on a fresh core: every article in batches of {@code batch}, then a hard
   * commit; the clock covers both. The core is unloaded and deleted afterwards. The prebuilt mode
   * sends {@code prebuilt}, the articles with their claims attached.
   */
  static Run index(
      CoreContainer container,
      Path conf,
      String name,
      List<BenchArticles.Article> articles,
      List<SolrInputDocument> prebuilt,
      int batch,
      Mode mode)
      throws IOException, SolrServerException {
    Path instance = Path.of(container.getSolrHome()).resolve(name);
    EmbeddedSolr.copyTree(conf, instance.resolve("conf"));
    container.create(name, instance, Map.of(), false);
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(container, name)) {
      System.gc(); // the previous run's garbage is not this run's cost
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      List<SolrInputDocument> docs = new ArrayList<>(batch);
      for (int i = 0; i < articles.size(); i++) {
        docs.add(mode == Mode.PREBUILT ? prebuilt.get(i) : articles.get(i).toSolr());
        if (docs.size() == batch) {
          add(solr, docs, mode);
          docs = new ArrayList<>(batch);
        }
      }
      if (!docs.isEmpty()) {
        add(solr, docs, mode);
      }
      solr.commit(name, true, true);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;

      long found = count(solr, name, ClaimFields.ARTICLE);
      if (found != articles.size()) {
        throw new IllegalStateException(
            "run " + name + " indexed " + found + " articles, not " + articles.size());
      }
      long claims = count(solr, name, ClaimFields.CLAIM);
      double processorSeconds = 0;
      long indexBytes;
      try (SolrCore core = container.getCore(name)) {
        indexBytes = size(Path.of(core.getIndexDir()));
        var registry = core.getCoreMetricManager().getRegistry();
        Timer timer = registry.getTimers().get(TIMER);
        if (timer != null && timer.getCount() > 0) {
          // mean of the timer's sample times the count: the processor's time in this run
          processorSeconds = timer.getSnapshot().getMean() * timer.getCount() / 1e9;
        }
      }
      return new Run(mode, articles.size(), seconds, cpuSeconds, claims, processorSeconds,
          indexBytes);
    } finally {
      container.unload(name, true, true, true);
    }
  }

  private static long count(EmbeddedSolrServer solr, String core, String docType)
      throws IOException, SolrServerException {
    return solr.query(core, new ModifiableSolrParams()
            .set("q", ClaimFields.DOC_TYPE + ":" + docType).set("rows", "0"))
        .getResults().getNumFound();
  }

  private static void add(EmbeddedSolrServer solr, List<SolrInputDocument> docs, Mode mode)
      throws IOException, SolrServerException {
    UpdateRequest update =
        new UpdateRequest(mode == Mode.PREBUILT ? "/update/preextracted" : "/update");
    if (mode != Mode.PREBUILT) {
      update.setParam("claims.enabled", Boolean.toString(mode == Mode.TAGGING));
    }
    update.add(docs);
    update.process(solr);
  }

  /**
   * Every article with its claims attached, as the processor would write them; each extraction
   * is also added to {@code extracted}.
   */
  private static List<SolrInputDocument> prebuild(
      ClaimExtractor engine, List<BenchArticles.Article> articles,
      List<ExtractionResult> extracted) {
    List<SolrInputDocument> docs = new ArrayList<>(articles.size());
    for (BenchArticles.Article a : articles) {
      SolrInputDocument doc = a.toSolr();
      doc.setField(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE);
      ExtractionResult result = engine.extract(a.fieldTexts());
      extracted.add(result);
      ClaimDocuments.attach(doc, a.id(), a.published(), result);
      docs.add(doc);
    }
    return docs;
  }

  /** The engine over every article's title and body, as the processor reads them. */
  private static double extractAlone(ClaimExtractor engine, List<BenchArticles.Article> articles) {
    long start = System.nanoTime();
    long claims = 0;
    for (BenchArticles.Article a : articles) {
      claims += engine.extract(a.fieldTexts()).claims().size();
    }
    if (claims < 0) {
      throw new AssertionError(); // keeps the loop's result alive
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          bytes += Files.size(f);
        }
      }
      return bytes;
    }
  }
}
