package org.casualtyclaims.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.casualtyclaims.solr.ClaimFields;
import org.casualtyclaims.solr.ClaimsParams;

/**
 * Where the sources of one article disagree, as the claims search component's {@code
 * claims.compare} finds it: one {@code /select} request per article, whose {@code
 * claims_facets.compare.categories} lists, for each category, each source's least and greatest
 * figure and the component's {@code disagreement} flag (no figure fits every source's range, and
 * the spread is above {@code claims.compare.ratio}, 1.5 by default). Vague figures ("dozens") and
 * claims without a source are left out by the component.
 *
 * <p>Why per article and not one request over the whole index: the sample articles tell of many
 * different events, and a collection-wide compare of "killed" would set an earthquake's toll
 * against a war's. Within one article the sources speak of the same event, which is what an
 * editor checks: which story carries figures that do not agree.
 */
final class Disagreements {
  /** Articles checked at most (one request each); the demo's samples are far fewer. */
  static final int ARTICLE_LIMIT = 500;

  private Disagreements() {}

  /** A source's figures for the category in the article. */
  record SourceFigures(String source, long min, long max) {}

  /** A category of one article whose sources disagree; spread is null when infinite. */
  record Disagreement(
      String articleId, String title, String category, List<SourceFigures> sources, Double spread) {}

  /** The articles checked (those with two or more claims), of how many, and what was found. */
  record Found(List<Disagreement> disagreements, long checked, long candidates) {}

  /** The disagreements among the articles matching {@code q}, by article id, then category. */
  static Found find(SolrClient client, String q) throws SolrServerException, IOException {
    ModifiableSolrParams articles = new ModifiableSolrParams();
    articles.set("q", q);
    articles.add("fq", ClaimFields.DOC_TYPE + ":" + ClaimFields.ARTICLE);
    // one claim cannot disagree with itself
    articles.add("fq", ClaimFields.CLAIM_COUNT + ":[2 TO *]");
    articles.set("fl", ClaimFields.ID + "," + ClaimFields.TITLE);
    articles.set("sort", ClaimFields.ID + " asc");
    articles.set("rows", ARTICLE_LIMIT);
    QueryResponse listed = client.query(articles);
    List<Disagreement> found = new ArrayList<>();
    for (SolrDocument article : listed.getResults()) {
      String id = String.valueOf(article.getFieldValue(ClaimFields.ID));
      Object title = article.getFieldValue(ClaimFields.TITLE);
      found.addAll(
          parse(id, title == null ? "" : title.toString(), client.query(compareRequest(id)).getResponse()));
    }
    return new Found(found, listed.getResults().size(), listed.getResults().getNumFound());
  }

  /** The component's request for one article: all its sources, no documents. */
  static ModifiableSolrParams compareRequest(String articleId) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + ClaimFields.ID + " v=$article}");
    params.set("article", articleId);
    params.set("rows", 0);
    params.set(ClaimsParams.COMPARE, true);
    params.set(ClaimsParams.COMPARE_LIMIT, -1);
    return params;
  }

  /** The flagged categories of a {@code claims.compare} response, in the component's order. */
  static List<Disagreement> parse(String articleId, String title, NamedList<?> response) {
    List<Disagreement> out = new ArrayList<>();
    Object facets = response.get("claims_facets");
    Object compare = facets instanceof NamedList<?> f ? f.get("compare") : null;
    Object categories = compare instanceof NamedList<?> c ? c.get("categories") : null;
    if (!(categories instanceof List<?> list)) {
      throw new IllegalStateException(
          "no claims_facets.compare in Solr's answer: is the claims search component in the"
              + " /select handler of this core?");
    }
    for (Object item : list) {
      NamedList<?> category = (NamedList<?>) item;
      if (!Boolean.TRUE.equals(category.get("disagreement"))) {
        continue;
      }
      List<SourceFigures> sources = new ArrayList<>();
      for (Object s : (List<?>) category.get("sources")) {
        NamedList<?> source = (NamedList<?>) s;
        if (source.get("min") instanceof Number min && source.get("max") instanceof Number max) {
          sources.add(new SourceFigures(String.valueOf(source.get("source")), min.longValue(), max.longValue()));
        }
      }
      Double spread = category.get("spread") instanceof Number n ? n.doubleValue() : null;
      out.add(new Disagreement(articleId, title, String.valueOf(category.get("category")), sources, spread));
    }
    return out;
  }

  /** Headlines longer than this are cut in the listing. */
  static final int TITLE_WIDTH = 72;

  /** The list as the demo prints it. */
  static List<String> render(Found found) {
    List<String> out = new ArrayList<>();
    out.add(
        "Where sources disagree (claims.compare per article: one category, figures more than "
            + String.format(Locale.ROOT, "%.1f", ClaimsParams.DEFAULT_COMPARE_RATIO)
            + "x apart; vague and unattributed figures left out):");
    if (found.disagreements().isEmpty()) {
      out.add("  none");
    }
    String previous = null;
    for (Disagreement d : found.disagreements()) {
      if (!d.articleId().equals(previous)) {
        out.add("  " + d.articleId() + (d.title().isEmpty() ? "" : "  \"" + cut(d.title()) + "\""));
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
    if (found.checked() < found.candidates()) {
      out.add(
          "  (checked the first " + TextTable.number(found.checked()) + " of "
              + TextTable.number(found.candidates()) + " articles with two or more claims)");
    }
    return out;
  }

  private static String cut(String title) {
    String oneLine = title.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= TITLE_WIDTH ? oneLine : oneLine.substring(0, TITLE_WIDTH - 3) + "...";
  }
}
