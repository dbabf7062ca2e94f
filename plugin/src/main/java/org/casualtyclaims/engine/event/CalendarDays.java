package org.casualtyclaims.engine.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar days a date's words name, as {@link DateFinder} records them: the first day and
 * the last of a range (either may be null when the article's date is needed and missing), or
 * null for no such day.
 */
final class CalendarDays {
  private CalendarDays() {}

  /** A day of a month; without a year, the last such day on or before the article's date. */
  static LocalDate[] day(int year, int month, int day, LocalDate published) {
    try {
      if (year > 0) {
        return new LocalDate[] {LocalDate.of(year, month, day), null};
      }
      if (published == null) {
        LocalDate.of(2000, month, day); // still reject "31 February"
        return new LocalDate[] {null, null};
      }
      LocalDate date = LocalDate.of(published.getYear(), month, day);
      return new LocalDate[] {date.isAfter(published) ? date.minusYears(1) : date, null};
    } catch (DateTimeException e) {
      return null; // no such day
    }
  }

  /** The days a relative word names ("yesterday", "last week"), from the article's date. */
  static LocalDate[] relative(DateWords.Entry e, LocalDate published) {
    if (published == null) {
      return new LocalDate[] {null, null};
    }
    int back = e.value();
    return switch (e.kind()) {
      case DAY -> new LocalDate[] {published.plusDays(back), null};
      case WEEK -> {
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .plusWeeks(back);
        yield new LocalDate[] {monday, back == 0 ? published : monday.plusDays(6)};
      }
      case MONTHS -> {
        YearMonth ym = YearMonth.from(published).plusMonths(back);
        yield new LocalDate[] {ym.atDay(1), back == 0 ? published : ym.atEndOfMonth()};
      }
      case YEAR -> {
        int y = published.getYear() + back;
        yield new LocalDate[] {LocalDate.of(y, 1, 1),
            back == 0 ? published : LocalDate.of(y, 12, 31)};
      }
      default -> null;
    };
  }

  /**
   * From the first day of month {@code first} to the last of month {@code last} ("between July
   * and December"); without a year, the last such stretch ending on or before the article's
   * month, or no days at all without the article's date.
   */
  static LocalDate[] months(int year, int first, int last, LocalDate published) {
    int endYear = year;
    if (endYear <= 0) {
      if (published == null) {
        return new LocalDate[] {null, null};
      }
      endYear = last > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
    }
    int startYear = first > last ? endYear - 1 : endYear;
    return new LocalDate[] {YearMonth.of(startYear, first).atDay(1),
        YearMonth.of(endYear, last).atEndOfMonth()};
  }

  /** "since October": the first of the last such month on or before the article's date. */
  static LocalDate[] monthStart(int month, LocalDate published) {
    if (published == null) {
      return new LocalDate[] {null, null};
    }
    LocalDate first = published.withMonth(month).withDayOfMonth(1);
    return new LocalDate[] {first.isAfter(published) ? first.minusYears(1) : first, null};
  }
}
