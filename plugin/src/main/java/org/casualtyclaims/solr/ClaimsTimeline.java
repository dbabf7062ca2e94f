package org.casualtyclaims.solr;

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
 * The {@code timeline} section for {@code claims.timeline=<event id>}: the event as compare by
 * event describes it, and per source each article's figure at its publication date, oldest first.
 * The facet behind it holds only the claims of the id's family (same category, victims group,
 * country and scope); the grouping of a family does not depend on other families, so the event
 * and its id are those compare by event gives.
 */
final class ClaimsTimeline {
  private ClaimsTimeline() {}

  static SimpleOrderedMap<Object> shape(Object timelineFacet, ClaimsRequest request) {
    List<Event> events =
        new EventGrouper(request.compareWindow())
            .rankSeries(EventFacetReader.days(timelineFacet), 0, -1)
            .shown();
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    out.add("id", request.timeline());
    Event found = null;
    for (Event event : events) {
      if (event.id().equals(request.timeline())) {
        found = event;
        break;
      }
    }
    out.add("found", found != null);
    if (found == null) {
      return out;
    }
    out.add("event", ClaimsEventCompare.describe(found));
    List<Object> sources = new ArrayList<>();
    for (Map.Entry<String, List<Report>> source : SourceFigures.timeline(
        EventFacetReader.of(found, EventFacetReader.reports(timelineFacet, List.of(found)))).entrySet()) {
      List<Object> points = new ArrayList<>();
      for (Report report : source.getValue()) {
        SimpleOrderedMap<Object> point = new SimpleOrderedMap<>();
        point.add("published", report.published() == null ? null : Date.from(report.published()));
        point.add("figure", report.figure());
        point.add("article", report.article());
        point.add("qualifier", report.qualifier());
        point.add("corrected", report.corrected());
        points.add(point);
      }
      SimpleOrderedMap<Object> row = new SimpleOrderedMap<>();
      row.add("source", source.getKey());
      row.add("points", points);
      sources.add(row);
    }
    out.add("sources", sources);
    return out;
  }
}
