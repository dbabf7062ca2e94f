package org.casualtyclaims.engine.grouping;

import java.time.LocalDate;
import java.util.List;

/**
 * One event: the days of a series that lie within the window of each other, with the rows of
 * less precisely placed series that joined it.
 *
 * @param series the series that founded the event; its place is the event's
 * @param foundingDay the first day of the run of that series that founded the event
 * @param articles the sum of the rows' article counts: exact unless one article dates this
 *     event's claims on two different days, when it counts once per day
 * @param claims the sum of the rows' claims
 */
public record Event(
    SeriesKey series,
    LocalDate foundingDay,
    LocalDate firstDay,
    LocalDate lastDay,
    long articles,
    long claims,
    List<DayRow> rows) {
  public Event {
    rows = List.copyOf(rows);
  }

  /**
   * URL-safe and stable: the family's hash, a dash, and 12 hex digits of the SHA-256 of the
   * founding series and day. Worked out when asked, for the events a page shows.
   */
  public String id() {
    return series.familyHash() + "-" + SeriesKey.hash(series + "@" + foundingDay, 12);
  }
}
