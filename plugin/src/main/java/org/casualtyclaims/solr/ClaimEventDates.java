package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The date condition of a claim filter: the claim's event ({@code claim_event_date} to {@code
 * claim_event_date_end}, or the one day) overlaps the days {@code from} to {@code to}, both
 * inclusive. Either end may be open (null), not both. A claim without an event date never
 * matches.
 */
record ClaimEventDates(LocalDate from, LocalDate to) {

  /** The range of {@code fromName} and {@code toName} (ISO dates); null when neither is given. */
  static ClaimEventDates parse(ParamReader reader, String fromName, String toName) {
    LocalDate from = reader.date(fromName);
    LocalDate to = reader.date(toName);
    if (from == null && to == null) {
      return null;
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw reader.badValue(toName, to + " is before " + fromName + " " + from);
    }
    return new ClaimEventDates(from, to);
  }

  /**
   * The condition as Solr filter queries: the event starts on or before {@code to}, and it starts
   * or ends on or after {@code from}.
   */
  List<String> filterQueries() {
    List<String> out = new ArrayList<>();
    if (to != null) {
      // to the day's last millisecond: exact also for dates indexed with a time of day
      out.add(ClaimFields.EVENT_DATE + ":[* TO " + instant(to).plusMillis(DAY_MILLIS - 1) + "]");
    }
    if (from != null) {
      String atOrAfter = ":[" + instant(from) + " TO *]";
      out.add(ClaimFields.EVENT_DATE + atOrAfter + " OR " + ClaimFields.EVENT_DATE_END + atOrAfter);
    }
    return out;
  }

  private static final long DAY_MILLIS = 86_400_000L;

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
