package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.casualtyclaims.engine.events.DayRow;
import org.casualtyclaims.engine.events.Report;
import org.casualtyclaims.engine.events.SeriesKey;

/**
 * Reads the merged events facet ({@code ClaimsJsonFacet} eventsFacet: series, day, source, figure
 * and, for a timeline, article) into the rows the engine's grouping takes.
 */
final class EventFacetReader {
  private EventFacetReader() {}

  static List<DayRow> rows(Object eventsFacet) {
    List<DayRow> rows = new ArrayList<>();
    for (Object seriesBucket : FacetResult.buckets(eventsFacet)) {
      SeriesKey series = SeriesKey.parse(String.valueOf(FacetResult.get(seriesBucket, "val")));
      if (series == null) {
        continue; // not written by this plugin's ClaimDocuments
      }
      for (Object day : FacetResult.buckets(FacetResult.get(seriesBucket, ClaimsJsonFacet.DAYS))) {
        LocalDate date = day(FacetResult.get(day, "val"));
        if (date == null) {
          continue;
        }
        rows.add(
            new DayRow(
                series,
                date,
                FacetResult.longOr(FacetResult.get(day, ClaimsJsonFacet.DOCUMENTS), 0),
                FacetResult.count(day),
                reports(day)));
      }
    }
    return rows;
  }

  private static List<Report> reports(Object day) {
    List<Report> reports = new ArrayList<>();
    for (Object source : FacetResult.buckets(FacetResult.get(day, ClaimsJsonFacet.SOURCES))) {
      String name = String.valueOf(FacetResult.get(source, "val"));
      for (Object figure :
          FacetResult.buckets(FacetResult.get(source, ClaimsJsonFacet.FIGURES))) {
        Long value = FacetResult.longOrNull(FacetResult.get(figure, "val"));
        if (value == null) {
          continue;
        }
        Object articles = FacetResult.get(figure, ClaimsJsonFacet.ARTICLES_OF);
        if (articles == null) {
          reports.add(new Report(name, value, instant(figure), null, null, false));
          continue;
        }
        for (Object article : FacetResult.buckets(articles)) {
          List<?> qualifiers =
              FacetResult.buckets(FacetResult.get(article, ClaimsJsonFacet.QUALIFIER));
          reports.add(
              new Report(
                  name,
                  value,
                  instant(article),
                  String.valueOf(FacetResult.get(article, "val")),
                  qualifiers.isEmpty()
                      ? null
                      : String.valueOf(FacetResult.get(qualifiers.get(0), "val")),
                  FacetResult.count(FacetResult.get(article, ClaimsJsonFacet.CORRECTED)) > 0));
        }
      }
    }
    return reports;
  }

  /** The bucket's newest publication date, or null when its claims have none. */
  private static Instant instant(Object bucket) {
    Object published = FacetResult.get(bucket, ClaimsJsonFacet.PUBLISHED);
    return published instanceof Date date ? date.toInstant() : null;
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate() : null;
  }
}
