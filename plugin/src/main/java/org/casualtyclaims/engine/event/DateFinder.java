package org.casualtyclaims.engine.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence gives and works them out against the article's date: "on 3 March
 * 2024" stands alone; "on March 3", "on Tuesday", "yesterday" and "last week" need the article's
 * date and stay unresolved without it; "since October 7" runs to the article's date; "in 2024" is
 * the whole year. java.time only; names from {@code date-words.tsv}.
 */
final class DateFinder {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private final DateWords words;
  private final Pattern dayMonth;
  private final Pattern monthDay;
  private final Pattern monthYear;
  private final Pattern year;
  private final Pattern weekday;
  private final Pattern relative;
  private final Pattern since = Pattern.compile("\\b(since|from)\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);

  DateFinder(DateWords words) {
    this.words = words;
    String month = "(" + words.alternation(DateWords.Kind.MONTH) + ")\\.?";
    int flags = Pattern.CASE_INSENSITIVE;
    dayMonth = Pattern.compile(
        "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month + "(?:,?\\s+(\\d{4}))?\\b", flags);
    monthDay = Pattern.compile(
        "\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", flags);
    monthYear = Pattern.compile("\\b" + month + "\\s+(?:of\\s+)?(\\d{4})\\b", flags);
    year = Pattern.compile(
        "\\b(?:in|since|during|throughout|for|of)\\s+(?:the\\s+year\\s+)?(\\d{4})\\b", flags);
    weekday = Pattern.compile("\\b(" + words.alternation(DateWords.Kind.WEEKDAY) + ")\\b", flags);
    relative = Pattern.compile("\\b(" + words.alternation(DateWords.Kind.DAY) + "|"
        + words.alternation(DateWords.Kind.WEEK) + "|" + words.alternation(DateWords.Kind.MONTHS)
        + "|" + words.alternation(DateWords.Kind.YEAR) + ")\\b", flags);
  }

  /** The dates of {@code text}, in no particular order, none overlapping another. */
  List<DateSpan> find(String text, LocalDate published) {
    List<DateSpan> found = new ArrayList<>(2);
    Matcher m = dayMonth.matcher(text);
    while (m.find()) {
      if (capital(text, m.start(2))) {
        add(found, text, day(m.group(3), month(m.group(2)), m.group(1), published), m, published,
            true);
      }
    }
    m = monthDay.matcher(text);
    while (m.find()) {
      if (capital(text, m.start(1))) {
        add(found, text, day(m.group(3), month(m.group(1)), m.group(2), published), m, published,
            true);
      }
    }
    m = monthYear.matcher(text);
    while (m.find()) {
      if (capital(text, m.start(1)) && validYear(m.group(2))) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
        add(found, text, new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()}, m, published, true);
      }
    }
    m = year.matcher(text);
    while (m.find()) {
      if (validYear(m.group(1))) {
        int y = Integer.parseInt(m.group(1));
        add(found, text, new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)}, m,
            published, true);
        wholeYear(found, m.start(1));
      }
    }
    m = weekday.matcher(text);
    while (m.find()) {
      if (capital(text, m.start(1))) {
        LocalDate day = published == null ? null : published.with(TemporalAdjusters
            .previousOrSame(DayOfWeek.of(words.get(lower(m.group(1))).value())));
        add(found, text, new LocalDate[] {day, null}, m, published, false);
      }
    }
    m = relative.matcher(text);
    while (m.find()) {
      DateWords.Entry e = words.get(lower(m.group(1)).replaceAll("\\s+", " "));
      add(found, text, relative(e, published), m, published, false);
    }
    return found;
  }

  /**
   * Records a date unless a longer form read its words already.
   *
   * @param days the first and last day (either may be null), or null for no date at all
   * @param calendarDate whether the words name a date of the calendar ("October 7", "2024"), so
   *     that "since" before them makes a long period; "since Monday" stays a few days
   */
  private void add(List<DateSpan> found, String text, LocalDate[] days, Matcher m,
      LocalDate published, boolean calendarDate) {
    if (days == null) {
      return;
    }
    for (DateSpan d : found) {
      if (m.start() < d.end() && d.start() < m.end()) {
        return; // a longer form read it already ("3 March 2024" before "March 2024")
      }
    }
    LocalDate first = days[0];
    LocalDate last = days[1];
    boolean period = false;
    if (since.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
      period = calendarDate; // "since October 7": a running total to the article's date
      last = published != null && first != null && !published.isBefore(first) ? published : null;
    }
    found.add(new DateSpan(first, last, m.start(), m.end(), period, false));
  }

  /** Marks the span read at {@code start} as a whole year. */
  private static void wholeYear(List<DateSpan> found, int start) {
    for (int i = 0; i < found.size(); i++) {
      DateSpan d = found.get(i);
      if (d.start() <= start && start < d.end()) {
        found.set(i, new DateSpan(d.first(), d.last(), d.start(), d.end(), d.since(), true));
      }
    }
  }

  /** A day of a month; without a year, the last such day on or before the article's date. */
  private static LocalDate[] day(String yearText, int month, String dayText, LocalDate published) {
    int day = Integer.parseInt(dayText);
    try {
      if (yearText != null) {
        return validYear(yearText)
            ? new LocalDate[] {LocalDate.of(Integer.parseInt(yearText), month, day), null} : null;
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

  private static LocalDate[] relative(DateWords.Entry e, LocalDate published) {
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

  private int month(String name) {
    return words.get(lower(name)).value();
  }

  private static boolean validYear(String text) {
    int y = Integer.parseInt(text);
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }

  /** Month and weekday names count only with a capital: "may" and "march" are also verbs. */
  private static boolean capital(String text, int at) {
    return Character.isUpperCase(text.charAt(at));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
