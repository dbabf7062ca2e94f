package org.casualtyclaims.solr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a {@link ClaimsRequest} into a Solr JSON facet request, which Solr's own facet
 * module computes, distributes, refines and merges. The request is one query facet whose domain is
 * the claims (child documents) of the articles matching q and fq, narrowed by the claim filter;
 * under it, one terms facet per claim field, a range facet over confidence, and the compare facet.
 * Every bucket counts its claims ({@code count}), its articles ({@code documents}: {@code
 * uniqueBlock(_root_)}, see {@link #ARTICLES}) and the min, max and sum of the figures.
 *
 * <p>Terms facets are refined ({@code refine:true}), so that in SolrCloud the counts of the
 * returned buckets are exact. With {@code shards.tolerant=true} they are not: Solr 9.10's facet
 * module fails with a NullPointerException when it plans refinement after a shard has failed (it
 * looks the failed shard up among those that answered). Tolerant requests therefore skip
 * refinement and instead have every shard return all its buckets (a large over-request, unless
 * {@code claims.facet.overrequest} says otherwise), which keeps the merge exact over the shards
 * that answered, at the cost of larger shard responses.
 */
final class ClaimsJsonFacet {
  private ClaimsJsonFacet() {}

  /** The key under json.facet that the component reserves for itself. */
  static final String KEY = "__claims__";

  static final String DOCUMENTS = "documents";
  static final String MIN = "min";
  static final String MAX = "max";
  static final String SUM = "sum";
  static final String BY_CATEGORY = "by_category";
  static final String CONFIDENCE = "confidence";
  static final String COMPARE = "compare";
  static final String SOURCES = "sources";
  static final String LATEST = "latest";
  static final String PUBLISHED = "published";
  static final String EVENTS = "events";
  static final String TIMELINE = "timeline";
  static final String ROWS = "rows";
  static final String REPORTS = "reports";
  static final String ARTICLES_OF = "articles";
  static final String QUALIFIER = "qualifier";
  static final String CORRECTED = "corrected";

  /** Articles, the parents of the block join. */
  static final String PARENTS = ClaimFields.DOC_TYPE + ":" + ClaimFields.ARTICLE;

  /**
   * The articles of a bucket's claims: distinct block roots. Not {@code uniqueBlock({!v=doc_type:
   * article})}: Solr 9.10 counts that by the segment-local number of each parent without
   * resetting between segments, so an article whose parent has the same local number as the
   * bucket's previous article in the previous segment is missed (ClaimsFacetSegmentsTest).
   * {@code _root_} is counted by its top-level ordinal, unique across segments; the field is
   * indexed and uninvertible, as the schema declares it.
   */
  static final String ARTICLES = "uniqueBlock(" + ClaimFields.ROOT + ")";

  /** Compare leaves out vague figures ("dozens"), whose count is only a conservative reading. */
  static final String NOT_VAGUE = "*:* -" + ClaimFields.VAGUE + ":true";

  /** Over-request that makes a shard return all its buckets (Solr adds it to the limit). */
  static final int ALL_BUCKETS = Integer.MAX_VALUE / 2;

  /**
   * @param tolerant the request has shards.tolerant=true: no refinement, complete shard answers
   */
  static Map<String, Object> build(ClaimsRequest request, boolean tolerant) {
    return new ClaimsJsonFacet.Builder(request, tolerant).root();
  }

  /**
   * The facet of compare by event's second pass, run in each core on its own over the page's
   * claims ({@link EventPageReports}): what each source said on each day.
   */
  static Map<String, Object> reports(ClaimsRequest request) {
    return new ClaimsJsonFacet.Builder(request, false).reportsFacet(false);
  }

  private record Builder(ClaimsRequest request, boolean tolerant) {

    /** The claims of the matching articles, narrowed by the claim filter. */
    private Map<String, Object> claimsDomain() {
      Map<String, Object> domain = new LinkedHashMap<>();
      domain.put("blockChildren", PARENTS);
      domain.put("filter", request.filter().filterQueries());
      return domain;
    }

    Map<String, Object> root() {
      Map<String, Object> subs = stats();
      if (request.facet()) {
        for (ClaimFacetField field : request.fields()) {
          subs.put(field.key, fieldFacet(field));
        }
        if (request.buckets() != null) {
          subs.put(CONFIDENCE, confidenceFacet());
        }
      }
      if (request.compare() && !request.compareByEvent()) {
        subs.put(COMPARE, compareFacet());
      }
      if (request.compare() && request.compareByEvent()) {
        subs.put(EVENTS, eventsFacet(List.of(NOT_VAGUE), false));
      }
      if (request.timeline() != null) {
        String family = request.timeline().substring(0, request.timeline().indexOf('-'));
        subs.put(
            TIMELINE,
            eventsFacet(List.of(NOT_VAGUE, ClaimFields.EVENT_FAMILY + ":" + family), true));
      }

      Map<String, Object> root = new LinkedHashMap<>();
      root.put("type", "query");
      root.put("domain", claimsDomain());
      root.put("facet", subs);
      return root;
    }

    /** Claims and articles are counted in every bucket, with the min, max and sum of figures. */
    private Map<String, Object> stats() {
      Map<String, Object> stats = new LinkedHashMap<>();
      stats.put(DOCUMENTS, ARTICLES);
      stats.put(MIN, "min(" + ClaimFields.COUNT + ")");
      stats.put(MAX, "max(" + ClaimFields.COUNT + ")");
      stats.put(SUM, "sum(" + ClaimFields.COUNT + ")");
      return stats;
    }

    private Map<String, Object> fieldFacet(ClaimFacetField field) {
      Map<String, Object> facet = terms(field.field, request.limit(), request.mincount());
      facet.put("offset", request.offset());
      facet.put("sort", request.sortByIndex() ? "index asc" : "count desc");
      facet.put("facet", bucketStats());
      return facet;
    }

    private Map<String, Object> confidenceFacet() {
      Map<String, Object> facet = new LinkedHashMap<>();
      facet.put("type", "range");
      facet.put("field", ClaimFields.CONFIDENCE);
      facet.put("ranges", request.buckets().jsonRanges());
      facet.put("mincount", request.mincount());
      facet.put("facet", bucketStats());
      return facet;
    }

    private Map<String, Object> bucketStats() {
      Map<String, Object> subs = stats();
      if (request.byCategory()) {
        Map<String, Object> categories = terms(ClaimFields.CATEGORY, -1, 1);
        categories.put("sort", "index asc");
        categories.put("facet", stats());
        subs.put(BY_CATEGORY, categories);
      }
      return subs;
    }

    /**
     * For each category, the sources by number of claims, each with its min, max and latest figure:
     * a terms facet on the figure sorted by the newest publication date of its claims, limit 1.
     */
    private Map<String, Object> compareFacet() {
      Map<String, Object> latest = terms(ClaimFields.COUNT, 1, 1);
      latest.put("sort", PUBLISHED + " desc");
      latest.put("facet", Map.of(PUBLISHED, "max(" + ClaimFields.CLAIM_PUBLISHED + ")"));

      Map<String, Object> sourceStats = stats();
      sourceStats.put(LATEST, latest);
      Map<String, Object> sources = terms(ClaimFields.SOURCE, request.compareLimit(), 1);
      sources.put("sort", "count desc");
      sources.put("facet", sourceStats);

      Map<String, Object> categoryStats = stats();
      categoryStats.put(SOURCES, sources);
      Map<String, Object> categories = terms(ClaimFields.CATEGORY, -1, 1);
      categories.put("sort", "index asc");
      categories.put("domain", Map.of("filter", List.of(NOT_VAGUE)));
      categories.put("facet", categoryStats);
      return categories;
    }

    /**
     * The event rows of the claims in the filters: {@code claim_event_rows()} ({@link
     * EventRowsAgg}) gives each series' days, with their claims and articles, exact across shards;
     * the grouping into events happens on the merged rows ({@link EventFacetReader}). With {@code
     * points} (a timeline, whose filters hold one family), also what each source said on each
     * day, each report with its articles, their qualifier and whether the figure is a corrected
     * one; compare by event reads that in a second pass, for the events of its page only ({@link
     * #reports}).
     */
    private Map<String, Object> eventsFacet(List<String> filters, boolean points) {
      Map<String, Object> rows = new LinkedHashMap<>();
      rows.put(ROWS, EventRowsAgg.NAME + "()");
      if (points) {
        rows.put(REPORTS, reportsFacet(true));
      }
      Map<String, Object> events = new LinkedHashMap<>();
      events.put("type", "query");
      events.put("q", "*:*");
      events.put("domain", Map.of("filter", filters));
      events.put("facet", rows);
      return events;
    }

    /**
     * By {@code claim_event_report}, what each source said on each day, with the newest
     * publication date of each figure ({@link EventFields}): a flat terms facet sorted by index,
     * which Solr merges exactly across shards. With {@code points}, each report also lists its
     * articles.
     */
    Map<String, Object> reportsFacet(boolean points) {
      Map<String, Object> reportStats = new LinkedHashMap<>();
      reportStats.put(PUBLISHED, "max(" + ClaimFields.CLAIM_PUBLISHED + ")");
      if (points) {
        Map<String, Object> articleStats = new LinkedHashMap<>();
        articleStats.put(PUBLISHED, "max(" + ClaimFields.CLAIM_PUBLISHED + ")");
        articleStats.put(QUALIFIER, terms(ClaimFields.QUALIFIER, 1, 1));
        articleStats.put(
            CORRECTED, Map.of("type", "query", "q", ClaimFields.CORRECTED + ":true"));
        Map<String, Object> articles = terms(ClaimFields.ARTICLE_ID, -1, 1);
        articles.put("facet", articleStats);
        reportStats.put(ARTICLES_OF, articles);
      }
      Map<String, Object> reports = terms(ClaimFields.EVENT_REPORT, -1, 1);
      reports.put("sort", "index asc");
      // its claims are few (a page's events, a family) and its values many (about one per claim):
      // a hash table sized by the claims, not arrays sized by the field's values
      reports.put("method", "dvhash");
      reports.put("facet", reportStats);
      return reports;
    }

    private Map<String, Object> terms(String field, int limit, int mincount) {
      Map<String, Object> facet = new LinkedHashMap<>();
      facet.put("type", "terms");
      facet.put("field", field);
      facet.put("limit", limit);
      facet.put("mincount", mincount);
      facet.put("refine", !tolerant);
      if (request.overrequest() >= 0) {
        facet.put("overrequest", request.overrequest());
      } else if (tolerant && limit >= 0) {
        facet.put("overrequest", ALL_BUCKETS);
      }
      return facet;
    }
  }
}
