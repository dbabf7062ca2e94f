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
 */
public record Event(String id, SeriesKey series, LocalDate firstDay, LocalDate lastDay, List<DayRow> rows) {
  public Event {
    rows = List.copyOf(rows);
  }

  /**
   * The sum of the rows' article counts. Exact unless one article dates this event's claims on two
   * different days: it then counts once per day.
   */
  public long articles() {
    return rows.stream().mapToLong(DayRow::articles).sum();
  }

  public long claims() {
    return rows.stream().mapToLong(DayRow::claims).sum();
  }

  /** Every report of the event, in no particular order. */
  public List<Report> reports() {
    return rows.stream().flatMap(r -> r.reports().stream()).toList();
  }
}
