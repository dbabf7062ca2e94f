package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
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
import org.casualtyclaims.engine.grouping.SeriesKey;

/**
 * Reads the merged events facet ({@code ClaimsJsonFacet} eventsFacet, see {@link EventFields}):
 * the day rows the engine groups into events, and then, only for the events shown, what each
 * source said on their days. Report buckets of other days (a page's filter is wider than its
 * rows) are skipped after a look at their day key.
 */
final class EventFacetReader {
  private EventFacetReader() {}

  /**
   * The day rows of {@code claim_event_rows()} ({@link EventRows}), as the grouping reads them:
   * one list per series, as the statistic gives each series once.
   */
  static List<List<DayRow>> days(Object eventsFacet) {
    EventRows rows = EventRows.read(FacetResult.get(eventsFacet, ClaimsJsonFacet.ROWS));
    List<List<DayRow>> out = new ArrayList<>(rows.series.size());
    Days days = new Days(rows.day);
    int at = 0;
    for (int s = 0; s < rows.series.size(); s++) {
      SeriesKey series = SeriesKey.parse(rows.series.get(s));
      int end = at + rows.rows[s];
      if (series != null) { // else not written by this plugin
        List<DayRow> ofSeries = new ArrayList<>(rows.rows[s]);
        for (int i = at; i < end; i++) {
          ofSeries.add(new DayRow(series, days.of(rows.day[i]), rows.articles[i], rows.claims[i]));
        }
        out.add(ofSeries);
      }
      at = end;
    }
    return out;
  }

  /** One date object per distinct day: many thousand rows share a few thousand days. */
  private static final class Days {
    private final int first;
    private final LocalDate[] dates;

    Days(int[] epochDays) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int day : epochDays) {
        min = Math.min(min, day);
        max = Math.max(max, day);
      }
      first = min;
      long span = (long) max - min + 1;
      // a span beyond a century's days would cost more memory than it saves: no sharing then
      dates = epochDays.length == 0 || span > 40_000 ? null : new LocalDate[(int) span];
    }

    LocalDate of(int epochDay) {
      if (dates == null) {
        return LocalDate.ofEpochDay(epochDay);
      }
      LocalDate date = dates[epochDay - first];
      if (date == null) {
        date = LocalDate.ofEpochDay(epochDay);
        dates[epochDay - first] = date;
      }
      return date;
    }
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
