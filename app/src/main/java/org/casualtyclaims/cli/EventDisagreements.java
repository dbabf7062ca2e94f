package org.casualtyclaims.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.casualtyclaims.solr.ClaimFields;
import org.casualtyclaims.solr.ClaimsParams;

/**
 * Who says how many, per event across articles, as the claims search component's {@code
 * claims.compare.by=event} groups it: one request over the whole index, whose {@code
 * claims_facets.compare.events} lists the largest events first, each with its category, place,
 * country, scope, first and last date, number of articles and claims, and each source's figures
 * (lowest to highest, and the latest by publication date), with the component's {@code
 * disagreement} flag. The component only sets sources against each other within one event, so
 * an earthquake's toll is never compared with a war's, nor a town's collapse with another
 * country's on the same day.
 */
final class EventDisagreements {
  /** Events listed: the largest, which are those told by the most articles and claims. */
  static final int EVENT_LIMIT = 8;

  private EventDisagreements() {}

  /** A source's figures for the event: lowest, highest and latest by publication. */
  record SourceFigures(String source, long min, long max, long latest) {}

  /** One event; spread is null when there is none (one source) or it is infinite. */
  record EventRow(
      String id,
      String category,
      String place,
      String region,
      String country,
      String scope,
      String firstDate,
      String lastDate,
      long articles,
      long claims,
      List<SourceFigures> sources,
      Double spread,
      boolean disagreement) {}

  /** The events listed, of how many in the index. */
  record Found(List<EventRow> events, long total) {}

  /** The component's request: every article, no documents, the largest events. */
  static ModifiableSolrParams compareRequest() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.add("fq", ClaimFields.DOC_TYPE + ":" + ClaimFields.ARTICLE);
    params.set("rows", 0);
    params.set(ClaimsParams.COMPARE, true);
    params.set(ClaimsParams.COMPARE_BY, "event");
    params.set(ClaimsParams.COMPARE_LIMIT, EVENT_LIMIT);
    return params;
  }

  static Found find(SolrClient client) throws SolrServerException, IOException {
    return parse(client.query(compareRequest()).getResponse());
  }

  /** The events of a {@code claims.compare.by=event} response, in the component's order. */
  static Found parse(NamedList<?> response) {
    Object facets = response.get("claims_facets");
    Object compare = facets instanceof NamedList<?> f ? f.get("compare") : null;
    Object events = compare instanceof NamedList<?> c ? c.get("events") : null;
    if (!(events instanceof List<?> list)) {
      throw new IllegalStateException(
          "no claims_facets.compare.events in Solr's answer: is the claims search component in"
              + " the /select handler of this core?");
    }
    List<EventRow> out = new ArrayList<>();
    for (Object item : list) {
      NamedList<?> event = (NamedList<?>) item;
      List<SourceFigures> sources = new ArrayList<>();
      for (Object s : (List<?>) event.get("sources")) {
        NamedList<?> source = (NamedList<?>) s;
        if (source.get("min") instanceof Number min && source.get("max") instanceof Number max) {
          long latest = source.get("latest") instanceof Number l ? l.longValue() : max.longValue();
          sources.add(new SourceFigures(
              String.valueOf(source.get("source")), min.longValue(), max.longValue(), latest));
        }
      }
      out.add(new EventRow(
          text(event, "id"), text(event, "category"), text(event, "place"), text(event, "region"),
          text(event, "country"),
          text(event, "scope"), text(event, "first_date"), text(event, "last_date"),
          number(event, "articles"), number(event, "claims"), sources,
          event.get("spread") instanceof Number n ? n.doubleValue() : null,
          Boolean.TRUE.equals(event.get("disagreement"))));
    }
    long total = compare instanceof NamedList<?> c && c.get("events_total") instanceof Number n
        ? n.longValue() : out.size();
    return new Found(out, total);
  }

  private static String text(NamedList<?> list, String name) {
    Object v = list.get(name);
    return v == null ? "" : v.toString();
  }

  private static long number(NamedList<?> list, String name) {
    return list.get(name) instanceof Number n ? n.longValue() : 0;
  }

  /** The list as the demo prints it. */
  static List<String> render(Found found) {
    List<String> out = new ArrayList<>();
    out.add(
        "Who says how many, per event across articles (claims.compare.by=event, the largest"
            + " events first; sources disagree when their figures are more than "
            + String.format(Locale.ROOT, "%.1f", ClaimsParams.DEFAULT_COMPARE_RATIO)
            + "x apart):");
    if (found.events().isEmpty()) {
      out.add("  none");
    }
    for (EventRow e : found.events()) {
      out.add("  " + headline(e));
      List<String> figures = new ArrayList<>();
      for (SourceFigures s : e.sources()) {
        figures.add(s.source() + " " + range(s));
      }
      out.add("    " + String.join(" | ", figures));
    }
    if (found.total() > found.events().size()) {
      out.add(
          "  (the " + TextTable.number(found.events().size()) + " largest of "
              + TextTable.number(found.total()) + " events)");
    }
    return out;
  }

  /** "killed in Kisumu (KE), incident, 2025-05-12 to 2025-05-15: 3 articles, 4 claims: ...". */
  static String headline(EventRow e) {
    // an event placed only in a region is named by its region
    String named = e.place().isEmpty() ? e.region() : e.place();
    String where = named.isEmpty()
        ? (e.country().isEmpty() ? "no place stated" : e.country())
        : named + (e.country().isEmpty() ? "" : " (" + e.country() + ")");
    String when = e.firstDate().equals(e.lastDate()) || e.lastDate().isEmpty()
        ? e.firstDate()
        : e.firstDate() + " to " + e.lastDate();
    String verdict;
    if (e.sources().size() < 2) {
      verdict = "one source";
    } else if (e.disagreement()) {
      verdict = "SOURCES DISAGREE"
          + (e.spread() == null ? "" : String.format(Locale.ROOT, " (%.1fx)", e.spread()));
    } else {
      verdict = "sources agree";
    }
    return e.category() + " in " + where + (e.scope().isEmpty() ? "" : ", " + e.scope())
        + (when.isEmpty() ? "" : ", " + when) + ": "
        + TextTable.number(e.articles()) + (e.articles() == 1 ? " article, " : " articles, ")
        + TextTable.number(e.claims()) + (e.claims() == 1 ? " claim" : " claims") + "; " + verdict;
  }

  /** "9", "9-17", or "17-24 (latest 24)" when the latest is not the highest. */
  private static String range(SourceFigures s) {
    if (s.min() == s.max()) {
      return TextTable.number(s.min());
    }
    return TextTable.number(s.min()) + "-" + TextTable.number(s.max())
        + " (latest " + TextTable.number(s.latest()) + ")";
  }
}
