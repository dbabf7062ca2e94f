package org.casualtyclaims.engine.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One event: the days of a series that lie within the window of each other, with the rows of
 * less precisely placed series that joined it.
 *
 * @param id URL-safe and stable: the family's hash, a dash, and a hash of the series and first
 *     day of the rows that founded the event
 * @param series the series that founded the event; its place is the event's
 * @param articles the sum of the rows' article counts: exact unless one article dates this
 *     event's claims on two different days, when it counts once per day
 * @param claims the sum of the rows' claims
 */
public record Event(
    String id,
    SeriesKey series,
    LocalDate firstDay,
    LocalDate lastDay,
    long articles,
    long claims,
    List<DayRow> rows) {
  public Event {
    rows = List.copyOf(rows);
  }

  /** Every report of the event, in no particular order. */
  public List<Report> reports() {
    return rows.stream().flatMap(r -> r.reports().stream()).toList();
  }
}
