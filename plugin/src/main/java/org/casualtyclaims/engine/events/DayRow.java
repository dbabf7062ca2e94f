package org.casualtyclaims.engine.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of one series on one event day (the event's date, else the article's publication
 * day), as the grouping reads them.
 *
 * @param articles the articles these claims come from
 * @param claims the number of claims
 * @param reports what each source said: one per figure, or one per article and figure for a
 *     timeline
 */
public record DayRow(SeriesKey series, LocalDate day, long articles, long claims, List<Report> reports) {
  public DayRow {
    reports = List.copyOf(reports);
  }
}
