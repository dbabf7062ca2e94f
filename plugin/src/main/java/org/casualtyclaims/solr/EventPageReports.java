package org.casualtyclaims.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.DocSet;
import org.apache.solr.search.facet.FacetRequest;
import org.casualtyclaims.engine.grouping.Event;
import org.casualtyclaims.engine.grouping.Report;

/**
 * The second pass of compare by event: what each source said, read only for the page of events
 * shown. The page's claims are found by a filter query that holds each event's family and days
 * ({@link #filter}); each core (or shard) runs the reports facet over them on its own ({@link
 * #compute}), and the answers are read by the day keys of the page's rows ({@link #read}).
 */
final class EventPageReports {
  private EventPageReports() {}

  /**
   * Above this many events on a page, the filter holds only their families (one terms query)
   * rather than a clause per event, which keeps it under Solr's limit of boolean clauses.
   */
  static final int MAX_EVENT_CLAUSES = 256;

  /**
   * The claims of the page's events, and maybe a few more of the same families and days (which
   * {@link EventFacetReader#reports} leaves out): per event, its family hash and its first to
   * last day. Every component of it is a hash or a date, so it needs no escaping.
   */
  static String filter(List<Event> shown) {
    Set<String> families = new LinkedHashSet<>();
    for (Event event : shown) {
      families.add(event.series().familyHash());
    }
    if (shown.size() > MAX_EVENT_CLAUSES) {
      return "{!terms f=" + ClaimFields.EVENT_FAMILY + "}" + String.join(",", families);
    }
    List<String> clauses = new ArrayList<>();
    for (Event event : shown) {
      clauses.add(
          "(+" + ClaimFields.EVENT_FAMILY + ":" + event.series().familyHash()
              + " +" + ClaimFields.EVENT_DAY + ":[" + instant(event.firstDay())
              + " TO " + instant(event.lastDay()) + "])");
    }
    return String.join(" OR ", clauses);
  }

  private static String instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /** The reports facet over the claims of {@code articles} in the request's and the page's filters. */
  static Object compute(
      SolrQueryRequest req, DocSet articles, ClaimsRequest request, String pageFilter)
      throws IOException {
    Map<String, Object> facet = Map.of(ClaimsJsonFacet.KEY, ClaimsJsonFacet.pageReports(request, pageFilter));
    return FacetResult.get(FacetRequest.parse(req, facet).process(req, articles), ClaimsJsonFacet.KEY);
  }

  /** What the sources said on the days of the shown events, from each core's reports facet. */
  static Map<String, List<Report>> read(List<Object> answers, List<Event> shown) {
    Map<String, List<Report>> reports = new HashMap<>();
    for (Object answer : answers) {
      Object events = FacetResult.get(answer, ClaimsJsonFacet.EVENTS);
      EventFacetReader.reports(events, shown)
          .forEach((day, list) -> reports.computeIfAbsent(day, k -> new ArrayList<>()).addAll(list));
    }
    return reports;
  }
}
