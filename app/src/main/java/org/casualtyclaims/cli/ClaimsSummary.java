package org.casualtyclaims.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.solr.ClaimFields;

/**
 * What the demo prints about the claims in the index: totals, the claims by source and confidence
 * label, by source type, and one article's claims in full. Everything is read back from Solr: the
 * counts with one plain JSON facet request over the claim documents (the children of the
 * articles, {@code domain: {blockChildren: "doc_type:article"}}), the article's claims with a
 * query on {@code claim_article}.
 */
final class ClaimsSummary {
  /** Sources listed in the table; the others are summed in one line. */
  static final int TOP_SOURCES = 12;

  private static final String ARTICLES = ClaimFields.DOC_TYPE + ":" + ClaimFields.ARTICLE;

  private ClaimsSummary() {}

  /** Claims per confidence label, in the order high, medium, low. */
  record Labels(Map<String, Long> counts) {
    long get(String label) {
      return counts.getOrDefault(label, 0L);
    }
  }

  record SourceRow(String source, String types, long articles, long claims, Labels labels) {}

  record TypeRow(String type, long claims, Labels labels) {}

  /** One claim of the featured article. */
  record ClaimRow(
      String category,
      String figure,
      String victims,
      String source,
      String sourceType,
      String via,
      String label) {}

  record Featured(String id, String title, List<ClaimRow> claims) {}

  record Summary(
      long articles,
      long articlesWithClaims,
      long claims,
      long sources,
      Labels labels,
      List<SourceRow> topSources,
      SourceRow unattributed,
      List<TypeRow> types,
      Featured featured) {}

  /** The JSON facet request: the claims of all articles, by source, label and source type. */
  static String facetRequest() {
    String labels =
        "{type: terms, field: " + ClaimFields.CONFIDENCE_LABEL + ", limit: -1}";
    return "{claims: {type: query, q: \"*:*\","
        + " domain: {blockChildren: \"" + ARTICLES + "\"},"
        + " facet: {"
        + "labels: " + labels + ","
        + " sources: \"unique(" + ClaimFields.SOURCE + ")\","
        + " top: {type: terms, field: " + ClaimFields.SOURCE + ", limit: " + TOP_SOURCES + ","
        + "  sort: \"count desc\", facet: {"
        + "   articles: \"unique(" + ClaimFields.ARTICLE_ID + ")\", labels: " + labels + ","
        + "   types: {type: terms, field: " + ClaimFields.SOURCE_TYPE + ", limit: 3}}},"
        + " unattributed: {type: query, q: \"*:* -" + ClaimFields.SOURCE + ":*\", facet: {"
        + "   articles: \"unique(" + ClaimFields.ARTICLE_ID + ")\", labels: " + labels + ","
        + "   types: {type: terms, field: " + ClaimFields.SOURCE_TYPE + ", limit: 3}}},"
        + " types: {type: terms, field: " + ClaimFields.SOURCE_TYPE + ", limit: -1,"
        + "   facet: {labels: " + labels + "}}"
        + "}},"
        + " tagged: {type: query, q: \"" + ClaimFields.CLAIM_COUNT + ":[1 TO *]\"}}";
  }

  /** Reads the summary; {@code featuredId} (may be null) is the article shown in full. */
  static Summary load(SolrClient client, String featuredId)
      throws SolrServerException, IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", ARTICLES);
    params.set("rows", 0);
    params.set("json.facet", facetRequest());
    QueryResponse rsp = client.query(params);
    NestableJsonFacet root = rsp.getJsonFacetingResponse();
    NestableJsonFacet claims = root.getQueryFacet("claims");
    NestableJsonFacet tagged = root.getQueryFacet("tagged");

    List<SourceRow> top = new ArrayList<>();
    for (BucketJsonFacet b : buckets(claims, "top")) {
      top.add(
          new SourceRow(
              String.valueOf(b.getVal()),
              types(b),
              stat(b, "articles"),
              b.getCount(),
              labels(b)));
    }
    NestableJsonFacet none = claims.getQueryFacet("unattributed");
    SourceRow unattributed =
        none == null || none.getCount() == 0
            ? null
            : new SourceRow(
                "(no source named)", types(none), stat(none, "articles"), none.getCount(),
                labels(none));
    List<TypeRow> types = new ArrayList<>();
    for (BucketJsonFacet b : buckets(claims, "types")) {
      types.add(new TypeRow(String.valueOf(b.getVal()), b.getCount(), labels(b)));
    }
    return new Summary(
        rsp.getResults().getNumFound(),
        tagged == null ? 0 : tagged.getCount(),
        claims == null ? 0 : claims.getCount(),
        claims == null ? 0 : stat(claims, "sources"),
        labels(claims),
        top,
        unattributed,
        types,
        featuredId == null ? null : featured(client, featuredId));
  }

  private static List<BucketJsonFacet> buckets(NestableJsonFacet facet, String name) {
    if (facet == null || facet.getBucketBasedFacets(name) == null) {
      return List.of();
    }
    return facet.getBucketBasedFacets(name).getBuckets();
  }

  private static long stat(NestableJsonFacet facet, String name) {
    Object v = facet.getStatValue(name);
    return v instanceof Number n ? n.longValue() : 0;
  }

  private static Labels labels(NestableJsonFacet facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ConfidenceLabel l : ConfidenceLabel.values()) {
      counts.put(l.label(), 0L);
    }
    for (BucketJsonFacet b : buckets(facet, "labels")) {
      counts.put(String.valueOf(b.getVal()), b.getCount());
    }
    return new Labels(counts);
  }

  private static String types(NestableJsonFacet facet) {
    List<String> names = new ArrayList<>();
    for (BucketJsonFacet b : buckets(facet, "types")) {
      names.add(String.valueOf(b.getVal()));
    }
    return String.join("/", names);
  }

  /** The article's claims, in the engine's order (the order of their ids' numbers). */
  private static Featured featured(SolrClient client, String id)
      throws SolrServerException, IOException {
    ModifiableSolrParams article = new ModifiableSolrParams();
    article.set("q", "{!term f=" + ClaimFields.ID + " v=$article}");
    article.set("article", id);
    article.set("fl", ClaimFields.ID + "," + ClaimFields.TITLE);
    List<SolrDocument> found = client.query(article).getResults();
    if (found.isEmpty()) {
      return null;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + ClaimFields.ARTICLE_ID + " v=$article}");
    params.set("article", id);
    params.set("rows", 1000);
    params.set(
        "fl",
        String.join(
            ",",
            ClaimFields.ID,
            ClaimFields.CATEGORY,
            ClaimFields.COUNT,
            ClaimFields.COUNT_MAX,
            ClaimFields.QUALIFIER,
            ClaimFields.VAGUE,
            ClaimFields.VICTIMS,
            ClaimFields.SOURCE,
            ClaimFields.SOURCE_TYPE,
            ClaimFields.VIA,
            ClaimFields.CONFIDENCE_LABEL));
    List<SolrDocument> docs = new ArrayList<>(client.query(params).getResults());
    docs.sort(Comparator.comparingLong(d -> claimNumber(String.valueOf(d.getFieldValue(ClaimFields.ID)))));
    List<ClaimRow> rows = new ArrayList<>();
    for (SolrDocument d : docs) {
      rows.add(
          new ClaimRow(
              str(d, ClaimFields.CATEGORY),
              figure(
                  (Number) d.getFieldValue(ClaimFields.COUNT),
                  (Number) d.getFieldValue(ClaimFields.COUNT_MAX),
                  str(d, ClaimFields.QUALIFIER),
                  Boolean.TRUE.equals(d.getFieldValue(ClaimFields.VAGUE))),
              str(d, ClaimFields.VICTIMS),
              str(d, ClaimFields.SOURCE),
              str(d, ClaimFields.SOURCE_TYPE),
              str(d, ClaimFields.VIA),
              str(d, ClaimFields.CONFIDENCE_LABEL)));
    }
    Object title = found.get(0).getFieldValue(ClaimFields.TITLE);
    return new Featured(id, title == null ? "" : title.toString(), rows);
  }

  /** {@code news-001::claim-12} -> 12 (claims without the suffix sort last). */
  static long claimNumber(String claimId) {
    int at = claimId.lastIndexOf("::claim-");
    try {
      return at < 0 ? Long.MAX_VALUE : Long.parseLong(claimId.substring(at + 8));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String str(SolrDocument d, String field) {
    Object v = d.getFieldValue(field);
    return v == null ? "" : v.toString();
  }

  /** A figure as a reader would say it: "about 1,000", "5,000-6,500", "at least 12", "dozens". */
  static String figure(Number count, Number countMax, String qualifier, boolean vague) {
    if (count == null) {
      return vague ? "(vague)" : "";
    }
    String n = TextTable.number(count.longValue());
    String text;
    if (countMax != null && countMax.longValue() != count.longValue()) {
      text = n + "-" + TextTable.number(countMax.longValue());
    } else {
      text =
          switch (qualifier) {
            case "approximate" -> "about " + n;
            case "at_least" -> "at least " + n;
            case "at_most" -> "up to " + n;
            default -> n;
          };
    }
    return vague ? text + " (vague)" : text;
  }

  /** The summary as the demo prints it. */
  static List<String> render(Summary s) {
    List<String> out = new ArrayList<>();
    out.add(
        "Claims in the index: "
            + TextTable.number(s.claims())
            + " claims in "
            + TextTable.number(s.articlesWithClaims())
            + " of "
            + TextTable.number(s.articles())
            + " articles, from "
            + TextTable.number(s.sources())
            + " named sources");
    List<String> totals = new ArrayList<>();
    s.labels().counts().forEach((label, n) -> totals.add(label + " " + TextTable.number(n)));
    out.add("Confidence: " + String.join(", ", totals));
    out.add("");

    TextTable sources = new TextTable(columns("source", "type", ">articles", ">claims"));
    long listed = 0;
    for (SourceRow r : s.topSources()) {
      sourceRow(sources, r);
      listed += r.claims();
    }
    if (s.unattributed() != null) {
      sourceRow(sources, s.unattributed());
      listed += s.unattributed().claims();
    }
    out.add("Claims by source and confidence (top " + TOP_SOURCES + " sources by claims):");
    out.addAll(sources.lines("  "));
    long otherSources = s.sources() - s.topSources().size();
    if (otherSources > 0) {
      out.add(
          "  ... and "
              + TextTable.number(otherSources)
              + " more sources with "
              + TextTable.number(s.claims() - listed)
              + " claims");
    }
    out.add("");

    TextTable types = new TextTable(columns("source type", ">claims"));
    for (TypeRow r : s.types()) {
      types.row(cells(r.labels(), r.type(), r.claims()));
    }
    out.add("Claims by source type:");
    out.addAll(types.lines("  "));

    Featured f = s.featured();
    if (f != null) {
      out.add("");
      out.add("One article in full: " + f.id() + " \"" + f.title() + "\"");
      if (f.claims().isEmpty()) {
        out.add("  (no claims)");
      } else {
        TextTable claims = new TextTable("category", ">figure", "victims", "source", "type", "confidence");
        for (ClaimRow c : f.claims()) {
          String source = c.source().isEmpty() ? "(none)" : c.source();
          if (!c.via().isEmpty()) {
            source += " (via " + c.via() + ")";
          }
          claims.row(c.category(), c.figure(), c.victims(), source, c.sourceType(), c.label());
        }
        out.addAll(claims.lines("  "));
      }
    }
    return out;
  }

  private static void sourceRow(TextTable table, SourceRow r) {
    table.row(cells(r.labels(), r.source(), r.types(), r.articles(), r.claims()));
  }

  /** The given columns, then one right-aligned column per confidence label. */
  private static String[] columns(String... first) {
    List<String> columns = new ArrayList<>(List.of(first));
    for (ConfidenceLabel l : ConfidenceLabel.values()) {
      columns.add(">" + l.label());
    }
    return columns.toArray(String[]::new);
  }

  /** The given cells, then the claims of each confidence label. */
  private static Object[] cells(Labels labels, Object... first) {
    List<Object> cells = new ArrayList<>(List.of(first));
    for (ConfidenceLabel l : ConfidenceLabel.values()) {
      cells.add(labels.get(l.label()));
    }
    return cells.toArray();
  }
}
