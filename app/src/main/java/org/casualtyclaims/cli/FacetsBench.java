package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.ResourceOpener;
import org.casualtyclaims.engine.grouping.EventSeries;

/**
 * {@code bin/claims bench facets}: indexes synthetic articles with nested claims into an embedded
 * Solr core on the project's configset, then times, interleaved in one run after a warm-up, a
 * {@code claims.facet} request by source, confidence label and confidence buckets, the
 * hand-written JSON facet request that computes the same counts, and a compare by event over all
 * articles. Its last two lines are {@code EVENTS events_ms=Z component_ms=X ratio=Z/X events=N}
 * and {@code RESULT component_ms=X json_facet_ms=Y ratio=X/Y}, X, Y and Z the medians.
 */
final class FacetsBench {
  private FacetsBench() {}

  static final String CORE = "news";
  private static final int BATCH = 1000;

  /** The component's request: the default fields (source, confidence_label) and buckets. */
  static ModifiableSolrParams componentRequest() {
    ModifiableSolrParams p = base();
    p.set("claims.facet", "true");
    p.set("claims.facet.confidence.buckets", "0,0.4,0.7,1");
    return p;
  }

  /**
   * The same counts, written by hand as Solr's own JSON facet request: the claims of the
   * matching articles, by source (top 10 by count) and confidence label, and in three confidence
   * ranges, each bucket with its claims, articles, and min, max and sum of figures.
   */
  static final String HAND_WRITTEN_JSON_FACET =
      "{claims:{type:query,"
          + " domain:{blockChildren:'doc_type:article', filter:'doc_type:claim'},"
          + " facet:{"
          + "  documents:'uniqueBlock(_root_)',"
          + "  min:'min(claim_count)', max:'max(claim_count)', sum:'sum(claim_count)',"
          + "  source:{type:terms, field:claim_source, limit:10, sort:'count desc', refine:true,"
          + "   facet:{documents:'uniqueBlock(_root_)',"
          + "    min:'min(claim_count)', max:'max(claim_count)', sum:'sum(claim_count)'}},"
          + "  confidence_label:{type:terms, field:claim_confidence_label, limit:10,"
          + "   sort:'count desc', refine:true,"
          + "   facet:{documents:'uniqueBlock(_root_)',"
          + "    min:'min(claim_count)', max:'max(claim_count)', sum:'sum(claim_count)'}},"
          + "  confidence:{type:range, field:claim_confidence, mincount:1,"
          + "   ranges:[{from:0,to:0.4},{from:0.4,to:0.7},{from:0.7,to:1,inclusive_to:true}],"
          + "   facet:{documents:'uniqueBlock(_root_)',"
          + "    min:'min(claim_count)', max:'max(claim_count)', sum:'sum(claim_count)'}}"
          + " }}}";

  /** Compare by event over every article: the events of all claims, the 20 largest returned. */
  static ModifiableSolrParams eventsRequest() {
    ModifiableSolrParams p = base();
    p.set("claims.compare", "true");
    p.set("claims.compare.by", "event");
    return p;
  }

  static ModifiableSolrParams jsonFacetRequest() {
    ModifiableSolrParams p = base();
    p.set("json.facet", HAND_WRITTEN_JSON_FACET);
    return p;
  }

  private static ModifiableSolrParams base() {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "doc_type:article");
    p.set("rows", "0");
    return p;
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options options =
        Options.parse(
            args, err, "bench facets", List.of("--docs", "--rounds", "--warmup", "--seed", "--conf"));
    if (options == null) {
      return 2;
    }
    int docs;
    int rounds;
    int warmup;
    long seed;
    try {
      docs = options.wholeNumber("--docs", 200_000, 1);
      rounds = options.wholeNumber("--rounds", 41, 1);
      warmup = options.wholeNumber("--warmup", 10, 1);
      seed = options.longNumber("--seed", 42);
    } catch (IllegalArgumentException e) {
      err.println("claims bench facets: " + e.getMessage());
      return 2;
    }
    Path conf = options.value("--conf") == null ? Engine.defaultConf() : Path.of(options.value("--conf"));
    if (!Files.isRegularFile(conf.resolve("solrconfig.xml"))) {
      err.println("claims bench facets: no solrconfig.xml in " + conf.toAbsolutePath());
      return 2;
    }
    Path home = Files.createTempDirectory("claims-bench");
    try {
      return bench(home, conf, docs, rounds, warmup, seed, out);
    } catch (SolrServerException e) {
      err.println("claims bench facets: " + e.getMessage());
      return 1;
    } finally {
      EmbeddedSolr.deleteTree(home);
    }
  }

  /** The synthetic claims are indexed as generated: the configset's "preextracted" chain, through its handler. */
  private static void addPreextracted(EmbeddedSolrServer solr, List<SolrInputDocument> batch)
      throws IOException, SolrServerException {
    UpdateRequest update = new UpdateRequest("/update/preextracted");
    update.add(batch);
    update.process(solr);
  }

  private static int bench(
      Path home, Path conf, int docs, int rounds, int warmup, long seed, PrintStream out)
      throws IOException, SolrServerException {
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
    Path core = home.resolve(CORE);
    EmbeddedSolr.copyTree(conf, core.resolve("conf"));
    Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");
    // one commit at the end, not the configset's timed ones
    System.setProperty("solr.autoCommit.maxTime", "-1");
    System.setProperty("solr.autoSoftCommit.maxTime", "-1");
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(home, CORE)) {
      long started = System.nanoTime();
      SyntheticNews news = new SyntheticNews(
          seed, docs, EventSeries.load(ResourceOpener.folder(conf), LexiconFiles.defaults()));
      List<SolrInputDocument> batch = new ArrayList<>(BATCH);
      for (int n = 0; n < docs; n++) {
        batch.add(news.article(n));
        if (batch.size() == BATCH) {
          addPreextracted(solr, batch);
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        addPreextracted(solr, batch);
      }
      solr.commit();
      out.printf(
          Locale.ROOT,
          "indexed %d articles with %d claims in %.1f s%n",
          docs,
          news.claims(),
          (System.nanoTime() - started) / 1e9);

      ModifiableSolrParams component = componentRequest();
      ModifiableSolrParams jsonFacet = jsonFacetRequest();
      ModifiableSolrParams events = eventsRequest();
      checkSameCounts(solr, component, jsonFacet);
      long eventCount = eventsTotal(solr, events);
      for (int i = 0; i < warmup; i++) {
        time(solr, component);
        time(solr, jsonFacet);
        time(solr, events);
      }
      double[] componentMs = new double[rounds];
      double[] jsonFacetMs = new double[rounds];
      double[] eventsMs = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        // alternate which goes first, so neither always runs on the other's warm caches
        if (i % 2 == 0) {
          componentMs[i] = time(solr, component);
          jsonFacetMs[i] = time(solr, jsonFacet);
          eventsMs[i] = time(solr, events);
        } else {
          eventsMs[i] = time(solr, events);
          jsonFacetMs[i] = time(solr, jsonFacet);
          componentMs[i] = time(solr, component);
        }
      }
      double x = Stats.median(componentMs);
      double y = Stats.median(jsonFacetMs);
      double z = Stats.median(eventsMs);
      out.printf(
          Locale.ROOT,
          "%d rounds after %d warm-up rounds; claims.facet: %s%n",
          rounds,
          warmup,
          component);
      out.printf(Locale.ROOT, "component  min %.2f ms, median %.2f ms%n", min(componentMs), x);
      out.printf(Locale.ROOT, "json.facet min %.2f ms, median %.2f ms%n", min(jsonFacetMs), y);
      out.printf(Locale.ROOT, "compare by event: %s (%d events)%n", events, eventCount);
      out.printf(Locale.ROOT, "events     min %.2f ms, median %.2f ms%n", min(eventsMs), z);
      out.printf(
          Locale.ROOT,
          "EVENTS events_ms=%.2f component_ms=%.2f ratio=%.3f events=%d%n",
          z, x, z / x, eventCount);
      out.printf(Locale.ROOT, "RESULT component_ms=%.2f json_facet_ms=%.2f ratio=%.3f%n", x, y, x / y);
      return 0;
    }
  }

  /** The two requests must count the same: top sources, their claims and articles. */
  private static void checkSameCounts(
      EmbeddedSolrServer solr, ModifiableSolrParams component, ModifiableSolrParams jsonFacet)
      throws IOException, SolrServerException {
    NamedList<?> claims = (NamedList<?>) solr.query(component).getResponse().get("claims_facets");
    NamedList<?> hand =
        (NamedList<?>) ((NamedList<?>) solr.query(jsonFacet).getResponse().get("facets")).get("claims");
    String a = claims.get("claims") + "/" + claims.get("documents") + " " + sources(claims);
    String b = hand.get("count") + "/" + hand.get("documents") + " " + handSources(hand);
    if (!a.equals(b)) {
      throw new IllegalStateException("claims.facet and json.facet disagree:\n" + a + "\n" + b);
    }
  }

  /** The number of events the compare by event finds; there must be some. */
  private static long eventsTotal(EmbeddedSolrServer solr, ModifiableSolrParams events)
      throws IOException, SolrServerException {
    NamedList<?> claims = (NamedList<?>) solr.query(events).getResponse().get("claims_facets");
    Object total = ((NamedList<?>) claims.get("compare")).get("events_total");
    if (!(total instanceof Number n) || n.longValue() == 0) {
      throw new IllegalStateException("compare by event found no events: " + claims);
    }
    return n.longValue();
  }

  private static String sources(NamedList<?> claims) {
    return buckets((List<?>) ((NamedList<?>) claims.get("fields")).get("source"), "value", "claims");
  }

  private static String handSources(NamedList<?> hand) {
    return buckets((List<?>) ((NamedList<?>) hand.get("source")).get("buckets"), "val", "count");
  }

  /** "value=claims/documents " for each bucket; the two answers name value and count apart. */
  private static String buckets(List<?> buckets, String valueKey, String countKey) {
    StringBuilder out = new StringBuilder();
    for (Object bucket : buckets) {
      NamedList<?> b = (NamedList<?>) bucket;
      out.append(b.get(valueKey)).append('=').append(b.get(countKey)).append('/')
          .append(b.get("documents")).append(' ');
    }
    return out.toString();
  }

  private static double time(EmbeddedSolrServer solr, ModifiableSolrParams params)
      throws IOException, SolrServerException {
    long start = System.nanoTime();
    solr.query(params);
    return (System.nanoTime() - start) / 1e6;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }
}
