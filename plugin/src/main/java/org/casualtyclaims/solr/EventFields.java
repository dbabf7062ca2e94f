package org.casualtyclaims.solr;

import java.time.LocalDate;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.casualtyclaims.engine.grouping.SeriesKey;

/**
 * The claim fields that group many articles' claims into events, and the two flat keys compare by
 * event facets on: {@code claim_event_key} ({@code series|day}: a day's claims and articles, which
 * {@code claim_event_rows()} counts, see {@link EventRowsAgg}) and {@code claim_event_report}
 * ({@code series|day|figure|source}: what a source said that day, read by a terms facet for the
 * events shown). No series component holds a {@code |}; a source may, and comes last.
 */
public final class EventFields {
  private EventFields() {}

  private static final int SERIES_PARTS = 6;

  /** A report key, parsed: the day key it starts with, as text, and the figure and source. */
  record ReportKey(String dayKey, long figure, String source) {}

  /**
   * Writes the series, its family, the event day (the event's date, else {@code publishedDay}),
   * the keys and whether the figure is a corrected one onto a claim document. Public for clients
   * that write claim documents themselves, such as the benchmark's synthetic news.
   */
  public static void write(
      SolrInputDocument child, Claim claim, EventSeries series, LocalDate publishedDay) {
    LocalDate day = claim.event().date() != null ? claim.event().date() : publishedDay;
    if (day != null) {
      child.setField(ClaimFields.EVENT_DAY, ClaimDocuments.day(day));
    }
    child.setField(ClaimFields.CORRECTED, series.corrected(claim));
    SeriesKey key = series.of(claim);
    if (key == null) {
      return;
    }
    child.setField(ClaimFields.EVENT_SERIES, key.toString());
    child.setField(ClaimFields.EVENT_FAMILY, key.familyHash());
    if (day == null) {
      return;
    }
    child.setField(ClaimFields.EVENT_KEY, key + "|" + day);
    if (claim.source() != null) {
      child.setField(
          ClaimFields.EVENT_REPORT, key + "|" + day + "|" + claim.count() + "|" + claim.source());
    }
  }

  /** The day key a report key starts with (up to its seventh {@code |}); null if it has none. */
  static String dayKeyOf(String reportKey) {
    int end = -1;
    for (int i = 0; i <= SERIES_PARTS; i++) {
      end = reportKey.indexOf('|', end + 1);
      if (end < 0) {
        return null;
      }
    }
    return reportKey.substring(0, end);
  }

  /** Reads report keys back, once per bucket of a merged facet. */
  static final class KeyReader {
    /**
     * The day key a report key starts with, and its figure and source; null when the value was
     * not written by {@link #write}. The day key is left as text, for a lookup among the days.
     */
    ReportKey reportKey(String value) {
      String dayKey = dayKeyOf(value);
      if (dayKey == null) {
        return null;
      }
      int end = dayKey.length();
      int figureEnd = value.indexOf('|', end + 1);
      if (figureEnd < 0) {
        return null;
      }
      Long figure = figure(value.substring(end + 1, figureEnd));
      return figure == null
          ? null
          : new ReportKey(dayKey, figure, value.substring(figureEnd + 1));
    }

    private static Long figure(String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
