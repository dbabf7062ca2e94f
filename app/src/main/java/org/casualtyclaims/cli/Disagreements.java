package org.casualtyclaims.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.casualtyclaims.solr.ClaimFields;

/**
 * Where the sources of one article disagree: for each article and category, the figures each
 * source gives, flagged when no figure fits every source's range and the spread is above {@link
 * #RATIO}. Vague figures ("dozens") and claims without a source are left out.
 *
 * <p>The rule is the one of the claims search component's {@code claims.compare} (its default
 * ratio, 1.5): take each source's [min, max] of {@code claim_count}; the sources agree while some
 * figure lies in every range; otherwise the spread is the highest minimum over the lowest maximum.
 *
 * <p>This is the one class of the demo that stands in for the search component: until the
 * component is in the configset it computes the same thing itself, from the claim documents, with
 * one plain JSON facet request (per article, category and source: the min and max figure). Once
 * the component is there, {@link #find} can ask {@code /select?claims.compare=true} per article
 * instead, and read {@code claims_facets.compare.categories} whose {@code disagreement} is true.
 */
final class Disagreements {
  /** The spread above which sources disagree (claims.compare.ratio's default). */
  static final double RATIO = 1.5;

  private static final int ARTICLE_LIMIT = 10_000;

  private Disagreements() {}

  /** A source's figures for the category in the article. */
  record SourceFigures(String source, long min, long max) {}

  /** A category of one article whose sources disagree; spread is null when infinite. */
  record Disagreement(
      String articleId, String title, String category, List<SourceFigures> sources, Double spread) {}

  /** The JSON facet request: per article, category and source, the least and greatest figure. */
  static String facetRequest() {
    return "{articles: {type: terms, field: " + ClaimFields.ARTICLE_ID + ", limit: " + ARTICLE_LIMIT
        + ", sort: \"index asc\","
        + " domain: {blockChildren: \"" + ClaimFields.DOC_TYPE + ":" + ClaimFields.ARTICLE + "\","
        + "  filter: [\"" + ClaimFields.VAGUE + ":false\", \"" + ClaimFields.SOURCE + ":*\","
        + "   \"" + ClaimFields.COUNT + ":*\"]},"
        + " facet: {categories: {type: terms, field: " + ClaimFields.CATEGORY + ", limit: -1,"
        + "  sort: \"index asc\", facet: {sources: {type: terms, field: " + ClaimFields.SOURCE
        + ", limit: -1, facet: {min: \"min(" + ClaimFields.COUNT + ")\","
        + " max: \"max(" + ClaimFields.COUNT + ")\"}}}}}}}";
  }

  /** The disagreements among the articles matching {@code q}, by article id, then category. */
  static List<Disagreement> find(SolrClient client, String q)
      throws SolrServerException, IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", q);
    params.set("fq", ClaimFields.DOC_TYPE + ":" + ClaimFields.ARTICLE);
    params.set("rows", 0);
    params.set("json.facet", facetRequest());
    NestableJsonFacet root = new QueryRequest(params, SolrRequest.METHOD.POST).process(client)
        .getJsonFacetingResponse();
    List<Disagreement> found = new ArrayList<>();
    if (root.getBucketBasedFacets("articles") == null) {
      return found;
    }
    for (BucketJsonFacet article : root.getBucketBasedFacets("articles").getBuckets()) {
      for (BucketJsonFacet category : article.getBucketBasedFacets("categories").getBuckets()) {
        List<SourceFigures> sources = new ArrayList<>();
        for (BucketJsonFacet source : category.getBucketBasedFacets("sources").getBuckets()) {
          sources.add(
              new SourceFigures(
                  String.valueOf(source.getVal()),
                  ((Number) source.getStatValue("min")).longValue(),
                  ((Number) source.getStatValue("max")).longValue()));
        }
        Verdict v = judge(sources);
        if (v.disagreement()) {
          found.add(
              new Disagreement(
                  String.valueOf(article.getVal()), "", String.valueOf(category.getVal()),
                  sources, v.spread()));
        }
      }
    }
    return withTitles(client, found);
  }

  /** The spread (null when undefined or infinite) and whether the sources disagree. */
  record Verdict(Double spread, boolean disagreement) {}

  /** The rule, on the sources' [min, max] ranges. */
  static Verdict judge(List<SourceFigures> sources) {
    if (sources.size() < 2) {
      return new Verdict(null, false);
    }
    long highestMin = Long.MIN_VALUE;
    long lowestMax = Long.MAX_VALUE;
    for (SourceFigures s : sources) {
      highestMin = Math.max(highestMin, s.min());
      lowestMax = Math.min(lowestMax, s.max());
    }
    if (highestMin <= lowestMax) {
      return new Verdict(1.0, false); // some figure lies in every source's range
    }
    if (lowestMax <= 0) {
      return new Verdict(null, true);
    }
    double spread = (double) highestMin / lowestMax;
    return new Verdict(spread, spread > RATIO);
  }

  private static List<Disagreement> withTitles(SolrClient client, List<Disagreement> found)
      throws SolrServerException, IOException {
    if (found.isEmpty()) {
      return found;
    }
    List<String> ids = found.stream().map(Disagreement::articleId).distinct().toList();
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!terms f=" + ClaimFields.ID + " separator=$sep v=$ids}");
    params.set("sep", "\u001f");
    params.set("ids", String.join("\u001f", ids));
    params.set("fl", ClaimFields.ID + "," + ClaimFields.TITLE);
    params.set("rows", ids.size());
    Map<String, String> titles = new HashMap<>();
    for (SolrDocument d : new QueryRequest(params, SolrRequest.METHOD.POST).process(client).getResults()) {
      Object title = d.getFieldValue(ClaimFields.TITLE);
      titles.put(String.valueOf(d.getFieldValue(ClaimFields.ID)), title == null ? "" : title.toString());
    }
    List<Disagreement> out = new ArrayList<>();
    for (Disagreement d : found) {
      out.add(
          new Disagreement(
              d.articleId(), titles.getOrDefault(d.articleId(), ""), d.category(), d.sources(),
              d.spread()));
    }
    return out;
  }

  /** The list as the demo prints it. */
  static List<String> render(List<Disagreement> found) {
    List<String> out = new ArrayList<>();
    out.add(
        "Where sources disagree (one article, one category, figures more than "
            + String.format(Locale.ROOT, "%.1f", RATIO)
            + "x apart; vague and unattributed figures left out):");
    if (found.isEmpty()) {
      out.add("  none");
      return out;
    }
    String previous = null;
    for (Disagreement d : found) {
      if (!d.articleId().equals(previous)) {
        out.add("  " + d.articleId() + (d.title().isEmpty() ? "" : "  \"" + d.title() + "\""));
        previous = d.articleId();
      }
      List<String> figures = new ArrayList<>();
      for (SourceFigures s : d.sources()) {
        String range =
            s.min() == s.max()
                ? TextTable.number(s.min())
                : TextTable.number(s.min()) + "-" + TextTable.number(s.max());
        figures.add(s.source() + " " + range);
      }
      String spread =
          d.spread() == null ? "" : String.format(Locale.ROOT, "  (%.1fx)", d.spread());
      out.add(String.format(Locale.ROOT, "    %-10s %s%s", d.category(), String.join(" | ", figures), spread));
    }
    return out;
  }
}
