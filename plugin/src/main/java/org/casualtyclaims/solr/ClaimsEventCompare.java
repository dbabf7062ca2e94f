package org.casualtyclaims.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.casualtyclaims.engine.grouping.Event;
import org.casualtyclaims.engine.grouping.EventGrouper;
import org.casualtyclaims.engine.grouping.Report;
import org.casualtyclaims.engine.grouping.SourceFigures;

/**
 * The {@code compare} section with {@code claims.compare.by=event}: the events the merged events
 * facet groups into ({@link EventGrouper}), largest first, one page of them, each with its sources'
 * figures side by side and the disagreement rule of {@link ClaimsCompare#judge} applied within the
 * event. The page is worked out first ({@link #page}); what its sources said is read in a second
 * pass over the page's claims only ({@link EventPageReports}), then shaped ({@link #shape}).
 */
final class ClaimsEventCompare {
  private ClaimsEventCompare() {}

  /** The page of events a request shows, of all the events the rows group into. */
  record Page(List<Event> shown, int total) {}

  /** Groups the merged rows of the events facet ({@link EventFacetReader#days}) and pages them. */
  static Page page(Object eventsFacet, ClaimsRequest request) {
    EventGrouper.Ranking ranking =
        new EventGrouper(request.compareWindow())
            .rankSeries(
                EventFacetReader.days(eventsFacet),
                request.compareOffset(),
                request.compareLimit());
    return new Page(ranking.shown(), ranking.total());
  }

  /** The section, from the page and its reports, by day key ({@link EventPageReports}). */
  static SimpleOrderedMap<Object> shape(
      Page page, Map<String, List<Report>> reports, ClaimsRequest request) {
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    out.add("by", "event");
    out.add("ratio", request.compareRatio());
    List<Object> shown = new ArrayList<>();
    for (Event event : page.shown()) {
      shown.add(event(event, EventFacetReader.of(event, reports), request.compareRatio()));
    }
    out.add("events", shown);
    out.add("events_total", page.total());
    out.add("offset", request.compareOffset());
    out.add("limit", request.compareLimit());
    return out;
  }

  /** One event: what and where, its dates and counts, its sources and the verdict. */
  static SimpleOrderedMap<Object> event(Event event, List<Report> reports, double ratio) {
    SimpleOrderedMap<Object> out = describe(event);
    List<Object> sources = new ArrayList<>();
    List<long[]> ranges = new ArrayList<>();
    for (SourceFigures source : SourceFigures.of(reports)) {
      SimpleOrderedMap<Object> row = new SimpleOrderedMap<>();
      row.add("source", source.source());
      row.add("min", source.min());
      row.add("max", source.max());
      row.add("figures", source.figures());
      row.add("latest", source.latest());
      if (source.latestPublished() != null) {
        row.add("latest_published", Date.from(source.latestPublished()));
      }
      ranges.add(new long[] {source.min(), source.max()});
      sources.add(row);
    }
    out.add("sources", sources);
    ClaimsCompare.Verdict verdict = ClaimsCompare.judge(ranges, ratio);
    if (verdict.spread() != null) {
      out.add("spread", verdict.spread());
    }
    out.add("disagreement", verdict.disagreement());
    return out;
  }

  /** id, category, victims, place, region, country, scope, first and last date, counts. */
  static SimpleOrderedMap<Object> describe(Event event) {
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    out.add("id", event.id());
    out.add("category", event.series().category());
    out.add("victims", orNull(event.series().victims()));
    out.add("place", orNull(event.series().place()));
    out.add("region", orNull(event.series().region()));
    out.add("country", orNull(event.series().country()));
    out.add("scope", event.series().scope());
    out.add("first_date", date(event.firstDay()));
    out.add("last_date", date(event.lastDay()));
    out.add("articles", event.articles());
    out.add("claims", event.claims());
    return out;
  }

  private static String orNull(String component) {
    return component.isEmpty() ? null : component;
  }

  /** An ISO day, "2024-03-05", as the event fields of the claims read. */
  private static String date(LocalDate day) {
    return day.toString();
  }
}
