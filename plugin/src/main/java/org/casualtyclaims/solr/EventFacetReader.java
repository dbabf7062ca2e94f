package org.casualtyclaims.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyclaims.engine.events.DayRow;
import org.casualtyclaims.engine.events.Report;

/**
 * Reads the merged events facet ({@code ClaimsJsonFacet} eventsFacet: the days and the reports of
 * each series, see {@link EventFields}) into the rows the engine's grouping takes.
 */
final class EventFacetReader {
  private EventFacetReader() {}

  /** A day's counts and reports, while they are read. */
  private static final class Day {
    final EventFields.DayKey key;
    long articles;
    long claims;
    final List<Report> reports = new ArrayList<>();

    Day(EventFields.DayKey key) {
      this.key = key;
    }
  }

  static List<DayRow> rows(Object eventsFacet) {
    EventFields.KeyReader keys = new EventFields.KeyReader();
    Map<String, Day> days = new LinkedHashMap<>();
    for (Object bucket : FacetResult.buckets(FacetResult.get(eventsFacet, ClaimsJsonFacet.DAYS))) {
      String value = String.valueOf(FacetResult.get(bucket, "val"));
      EventFields.DayKey key = keys.dayKey(value);
      if (key == null) {
        continue; // not written by this plugin
      }
      Day day = days.computeIfAbsent(value, k -> new Day(key));
      day.articles = FacetResult.longOr(FacetResult.get(bucket, ClaimsJsonFacet.DOCUMENTS), 0);
      day.claims = FacetResult.count(bucket);
    }
    for (Object bucket :
        FacetResult.buckets(FacetResult.get(eventsFacet, ClaimsJsonFacet.REPORTS))) {
      EventFields.ReportKey key =
          keys.reportKey(String.valueOf(FacetResult.get(bucket, "val")));
      Day day = key == null ? null : days.get(key.dayKey());
      if (day != null) {
        addReports(day.reports, key, bucket);
      }
    }
    List<DayRow> rows = new ArrayList<>(days.size());
    for (Day day : days.values()) {
      rows.add(
          new DayRow(day.key.series(), day.key.day(), day.articles, day.claims, day.reports));
    }
    return rows;
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
