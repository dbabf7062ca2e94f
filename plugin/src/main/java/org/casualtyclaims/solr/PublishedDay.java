package org.casualtyclaims.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.solr.common.SolrException;
import org.apache.solr.util.DateMathParser;

/**
 * The UTC day of an article's publication date as a client sends it: a {@link Date}, an {@link
 * Instant}, or text Solr's date fields read ("2024-03-05T08:00:00Z", date math aside).
 */
final class PublishedDay {
  private PublishedDay() {}

  /** The day, or null when absent or unreadable (Solr then refuses the date field itself). */
  static LocalDate of(Object published) {
    Instant instant = null;
    if (published instanceof Date date) {
      instant = date.toInstant();
    } else if (published instanceof Instant value) {
      instant = value;
    } else if (published instanceof CharSequence text) {
      try {
        instant = DateMathParser.parseMath(null, text.toString().strip()).toInstant();
      } catch (SolrException e) {
        return null;
      }
    }
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
