package org.casualtyclaims.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.FixedBitSet;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.BitDocSet;
import org.apache.solr.search.DocIterator;
import org.apache.solr.search.DocSet;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.facet.FacetRequest;
import org.apache.solr.search.join.BlockJoinParentQParser;
import org.casualtyclaims.engine.grouping.Event;
import org.casualtyclaims.engine.grouping.Report;

/**
 * The second pass of compare by event: what each source said, read only for the page of events
 * shown. The page's claims are found by a filter query that holds each event's family and days
 * ({@link #filter}); each core (or shard) runs the reports facet over them on its own ({@link
 * #compute}), and the answers are read by the day keys of the page's rows ({@link #read}).
 */
final class EventPageReports {
  private EventPageReports() {}

  /**
   * Above this many events on a page, the filter holds only their families (one terms query)
   * rather than a clause per event, which keeps it under Solr's limit of boolean clauses.
   */
  static final int MAX_EVENT_CLAUSES = 256;

  /**
   * The claims of the page's events, and maybe a few more of the same families and days (which
   * {@link EventFacetReader#reports} leaves out): per event, its family hash and its first to
   * last day. Every component of it is a hash or a date, so it needs no escaping.
   */
  static String filter(List<Event> shown) {
    return filter(shown, MAX_EVENT_CLAUSES);
  }

  static String filter(List<Event> shown, int maxEventClauses) {
    if (shown.size() > maxEventClauses) {
      Set<String> families = new LinkedHashSet<>();
      for (Event event : shown) {
        families.add(event.series().familyHash());
      }
      return "{!terms f=" + ClaimFields.EVENT_FAMILY + "}" + String.join(",", families);
    }
    List<String> clauses = new ArrayList<>();
    for (Event event : shown) {
      clauses.add(
          "(+" + ClaimFields.EVENT_FAMILY + ":" + event.series().familyHash()
              + " +" + ClaimFields.EVENT_DAY + ":[" + instant(event.firstDay())
              + " TO " + instant(event.lastDay()) + "])");
    }
    return String.join(" OR ", clauses);
  }

  private static String instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /**
   * The reports facet over the page's claims of {@code articles} in the request's claim filter.
   * The page's claims are found by its filter and kept when their article matched, which costs a
   * look at each of them rather than a walk over every matching article's claims.
   */
  static Object compute(
      SolrQueryRequest req, DocSet articles, ClaimsRequest request, String pageFilter)
      throws IOException {
    SolrIndexSearcher searcher = req.getSearcher();
    DocSet claims =
        searcher.getDocSet(
            List.of(
                request.filter().childQuery(req),
                ClaimFilter.parseBuilt(ClaimsJsonFacet.NOT_VAGUE, req),
                ClaimFilter.parseBuilt(pageFilter, req)));
    Map<String, Object> facet = Map.of(ClaimsJsonFacet.REPORTS, ClaimsJsonFacet.reports(request));
    return FacetRequest.parse(req, facet).process(req, ofArticles(req, claims, articles));
  }

  /** The claims whose parent article is among {@code articles}. */
  private static DocSet ofArticles(SolrQueryRequest req, DocSet claims, DocSet articles)
      throws IOException {
    SolrIndexSearcher searcher = req.getSearcher();
    BitSetProducer parents =
        BlockJoinParentQParser.getCachedBitSetProducer(
            req, ClaimFilter.parseBuilt(ClaimsJsonFacet.PARENTS, req));
    List<LeafReaderContext> leaves = searcher.getTopReaderContext().leaves();
    FixedBitSet kept = new FixedBitSet(searcher.maxDoc());
    int leaf = -1;
    int leafEnd = 0;
    BitSet leafParents = null;
    LeafReaderContext context = null;
    for (DocIterator it = claims.iterator(); it.hasNext(); ) {
      int doc = it.nextDoc();
      while (doc >= leafEnd) {
        context = leaves.get(++leaf);
        leafEnd = context.docBase + context.reader().maxDoc();
        leafParents = parents.getBitSet(context);
      }
      int local = doc - context.docBase;
      int parent = leafParents == null ? DocIdSetIterator.NO_MORE_DOCS : leafParents.nextSetBit(local);
      if (parent != DocIdSetIterator.NO_MORE_DOCS && articles.exists(context.docBase + parent)) {
        kept.set(doc);
      }
    }
    return new BitDocSet(kept);
  }

  /** What the sources said on the days of the shown events, from each core's reports facet. */
  static Map<String, List<Report>> read(List<Object> answers, List<Event> shown) {
    Map<String, List<Report>> reports = new HashMap<>();
    for (Object answer : answers) {
      EventFacetReader.reports(answer, shown)
          .forEach((day, list) -> reports.computeIfAbsent(day, k -> new ArrayList<>()).addAll(list));
    }
    return reports;
  }
}
