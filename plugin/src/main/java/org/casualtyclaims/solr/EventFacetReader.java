package org.casualtyclaims.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyclaims.engine.grouping.DayRow;
import org.casualtyclaims.engine.grouping.Event;
import org.casualtyclaims.engine.grouping.Report;

/**
 * Reads the merged events facet ({@code ClaimsJsonFacet} eventsFacet, see {@link EventFields}):
 * the day rows the engine groups into events, and then, only for the events shown, what each
 * source said on their days. Most report buckets are skipped after a look at their day key.
 */
final class EventFacetReader {
  private EventFacetReader() {}

  static List<DayRow> days(Object eventsFacet) {
    EventFields.KeyReader keys = new EventFields.KeyReader();
    List<DayRow> rows = new ArrayList<>();
    for (Object bucket : FacetResult.buckets(FacetResult.get(eventsFacet, ClaimsJsonFacet.DAYS))) {
      EventFields.DayKey key = keys.dayKey(String.valueOf(FacetResult.get(bucket, "val")));
      if (key == null) {
        continue; // not written by this plugin
      }
      rows.add(
          new DayRow(
              key.series(),
              key.day(),
              FacetResult.longOr(FacetResult.get(bucket, ClaimsJsonFacet.DOCUMENTS), 0),
              FacetResult.count(bucket)));
    }
    return rows;
  }

  /** The reports of these events, by the day key of their row. */
  static Map<String, List<Report>> reports(Object eventsFacet, Collection<Event> events) {
    Set<String> wanted = new HashSet<>();
    for (Event event : events) {
      for (DayRow row : event.rows()) {
        wanted.add(row.key());
      }
    }
    EventFields.KeyReader keys = new EventFields.KeyReader();
    Map<String, List<Report>> reports = new HashMap<>();
    for (Object bucket :
        FacetResult.buckets(FacetResult.get(eventsFacet, ClaimsJsonFacet.REPORTS))) {
      String value = String.valueOf(FacetResult.get(bucket, "val"));
      if (!wanted.contains(EventFields.dayKeyOf(value))) {
        continue;
      }
      EventFields.ReportKey key = keys.reportKey(value);
      if (key != null) {
        addReports(reports.computeIfAbsent(key.dayKey(), k -> new ArrayList<>()), key, bucket);
      }
    }
    return reports;
  }

  /** The event's reports, from those {@link #reports} read. */
  static List<Report> of(Event event, Map<String, List<Report>> reports) {
    List<Report> out = new ArrayList<>();
    for (DayRow row : event.rows()) {
      out.addAll(reports.getOrDefault(row.key(), List.of()));
    }
    return out;
  }

  /** One report per figure, or, when the facet lists the figure's articles, one per article. */
  private static void addReports(List<Report> out, EventFields.ReportKey key, Object bucket) {
    Object articles = FacetResult.get(bucket, ClaimsJsonFacet.ARTICLES_OF);
    if (articles == null) {
      out.add(new Report(key.source(), key.figure(), instant(bucket), null, null, false));
      return;
    }
    for (Object article : FacetResult.buckets(articles)) {
      List<?> qualifiers = FacetResult.buckets(FacetResult.get(article, ClaimsJsonFacet.QUALIFIER));
      out.add(
          new Report(
              key.source(),
              key.figure(),
              instant(article),
              String.valueOf(FacetResult.get(article, "val")),
              qualifiers.isEmpty() ? null : String.valueOf(FacetResult.get(qualifiers.get(0), "val")),
              FacetResult.count(FacetResult.get(article, ClaimsJsonFacet.CORRECTED)) > 0));
    }
  }

  /** The bucket's newest publication date, or null when its claims have none. */
  private static Instant instant(Object bucket) {
    Object published = FacetResult.get(bucket, ClaimsJsonFacet.PUBLISHED);
    return published instanceof Date date ? date.toInstant() : null;
  }
}
