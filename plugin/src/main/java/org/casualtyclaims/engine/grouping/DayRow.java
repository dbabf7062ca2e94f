package org.casualtyclaims.engine.grouping;

import java.time.LocalDate;

/**
 * The claims of one series on one event day (the event's date, else the article's publication
 * day), as the grouping reads them.
 *
 * What each source said on that day ({@link Report}) is read only for the events that are shown.
 *
 * @param articles the articles these claims come from
 * @param claims the number of claims
 */
public record DayRow(SeriesKey series, LocalDate day, long articles, long claims) {
  /** {@code series|day}, as claim_event_key holds it. */
  public String key() {
    return series + "|" + day;
  }
}
