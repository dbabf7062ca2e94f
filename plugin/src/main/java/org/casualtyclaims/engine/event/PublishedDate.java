package org.casualtyclaims.engine.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads an article's publication date as given by a feed or a request: an ISO date
 * ("2024-03-05") or date-time ("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+02:00",
 * "2024-03-05T09:30:00"), taking the day as written.
 */
public final class PublishedDate {
  private PublishedDate() {}

  /**
   * The day of {@code text}.
   *
   * @throws IllegalArgumentException naming the text when it is no ISO date or date-time
   */
  public static LocalDate parse(String text) {
    String s = text == null ? "" : text.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(s).toLocalDate();
      }
      return LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO date (2024-03-05) or"
          + " date-time (2024-03-05T09:30:00Z)");
    }
  }
}
