package org.casualtyclaims.engine.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Finds the dates a sentence gives and works them out against the article's date: "on 3 March
 * 2024" stands alone; "on March 3", "in May", "on Tuesday", "yesterday" and "last week" need the
 * article's date and stay unresolved without it; "since October 7" runs to the article's date;
 * "in 2024" is the whole year. java.time only; names from {@code date-words.tsv}. The sentence
 * is read word by word, once.
 */
final class DateFinder {
  private final DateWords words;
  /** What each word of the sentence split is, by its number in {@link AnchorWords}. */
  private final DateWords.Known[] byNumber;

  DateFinder(DateWords words, AnchorWords lexicon) {
    this.words = words;
    this.byNumber = words.byNumber(lexicon);
  }

  /** The dates of the sentence of {@code sentence}, in order, none overlapping another. */
  List<DateSpan> find(SentenceWords sentence, LocalDate published) {
    if (!mayHoldDate(sentence)) {
      return List.of();
    }
    List<DateSpan> found = new ArrayList<>(2);
    List<DateToken> ws = DateToken.split(sentence, byNumber);
    for (int i = 0; i < ws.size(); i++) {
      int used = read(ws, i, published, found);
      i += Math.max(0, used - 1);
    }
    return found;
  }

  /** Reads a date starting at word {@code i}; the number of words it took, or 0. */
  private int read(List<DateToken> ws, int i, LocalDate published, List<DateSpan> found) {
    DateToken w = ws.get(i);
    DateWords.Known known = w.known(words);
    DateWords.Entry entry = w.number() < 0 && known != null ? known.entry() : null;
    // "3 March 2024", "3rd of March"
    if (w.day() > 0) {
      int k = i + 1 < ws.size() && ws.get(i + 1).is("of") ? i + 2 : i + 1;
      int month = month(ws, k);
      if (month > 0) {
        int year = k + 1 < ws.size() ? ws.get(k + 1).year() : -1;
        int end = year > 0 ? k + 1 : k;
        oneDay(found, add(found, ws, i, end, CalendarDays.day(year, month, w.day(), published),
            published, true, false));
        return end - i + 1;
      }
    }
    if ((w.is("between") || w.is("from")) && month(ws, i + 1) > 0) {
      int used = monthRange(ws, i, published, found);
      if (used > 0) {
        return used;
      }
    }
    // "March 3", "March 3, 2024", "March 2024"
    int month = month(ws, i);
    if (month > 0 && i + 1 < ws.size()) {
      DateToken next = ws.get(i + 1);
      if (next.day() > 0) {
        int year = i + 2 < ws.size() ? ws.get(i + 2).year() : -1;
        int end = year > 0 ? i + 2 : i + 1;
        oneDay(found, add(found, ws, i, end, CalendarDays.day(year, month, next.day(),
            published), published, true, false));
        return end - i + 1;
      }
      if (next.year() > 0) {
        YearMonth ym = YearMonth.of(next.year(), month);
        add(found, ws, i, i + 1, new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()}, published,
            true, false);
        return 2;
      }
    }
    if (month > 0 && i > 0 && since(ws, partOfMonthBefore(ws, i) ? i - 2 : i - 1)) {
      // "since October", "since late May": from the first of the last such month, a running
      // total
      add(found, ws, i, i, CalendarDays.monthStart(month, published), published, true, false);
      return 1;
    }
    if (month > 0 && i > 0 && (ws.get(i - 1).is("in") || ws.get(i - 1).is("during"))) {
      // "in May": the last such month up to the article's date ("in May last year" the one of
      // the year before); without that date a month not placed, which still keeps the figure
      // from taking a date of the sentences before
      boolean lastYear = i + 2 < ws.size() && ws.get(i + 1).is("last") && ws.get(i + 2).is("year");
      int year = lastYear && published != null ? published.getYear() - 1 : -1;
      LocalDate[] days = lastYear && published == null ? new LocalDate[] {null, null}
          : CalendarDays.months(year, month, month, published);
      add(found, ws, i, lastYear ? i + 2 : i, days, published, false, false);
      return lastYear ? 3 : 1;
    }
    // "in 2024", "since 2011"
    if (w.year() > 0 && i > 0 && yearPreposition(ws.get(i - 1))) {
      int y = w.year();
      int at = add(found, ws, i, i,
          new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)}, published, true,
          false);
      if (at >= 0 && !found.get(at).since()) {
        DateSpan d = found.get(at); // a whole year
        found.set(at, new DateSpan(d.first(), d.last(), d.start(), d.end(), false, true, false,
            false));
      }
      return 1;
    }
    if (entry == null && i + 1 < ws.size() && known != null && known.opensPair()) {
      // "last week", "this morning"
      DateWords.Entry two = words.get(w.lower() + " " + ws.get(i + 1).lower());
      if (two != null) {
        add(found, ws, i, i + 1, CalendarDays.relative(two, published), published, false, false);
        return 2;
      }
    }
    if (entry == null) {
      return 0;
    }
    if (entry.kind() == DateWords.Kind.WEEKDAY && w.capital()) {
      LocalDate day = published == null ? null
          : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(entry.value())));
      add(found, ws, i, i, new LocalDate[] {day, null}, published, false, true);
      return 1;
    }
    if (entry.kind() == DateWords.Kind.DAY) {
      add(found, ws, i, i, CalendarDays.relative(entry, published), published, false, true);
      return 1;
    }
    return 0;
  }

  /**
   * Reads "between July and December" or "from May to July [2024]" at word {@code i}, a stretch
   * of months: a running total where no cue names one event. The number of words it took, or 0.
   */
  private int monthRange(List<DateToken> ws, int i, LocalDate published, List<DateSpan> found) {
    if (i + 3 >= ws.size() || !(ws.get(i + 2).is("and") || ws.get(i + 2).is("to"))) {
      return 0;
    }
    int first = month(ws, i + 1);
    int last = month(ws, i + 3);
    if (last <= 0) {
      return 0;
    }
    int year = i + 4 < ws.size() ? ws.get(i + 4).year() : -1;
    int end = year > 0 ? i + 4 : i + 3;
    LocalDate[] days = CalendarDays.months(year, first, last, published);
    // the span opens at "between" / "from", so that the word is not read as "since"
    int at = add(found, ws, i, end, days, published, false, false);
    if (at >= 0) {
      DateSpan d = found.get(at);
      found.set(at, new DateSpan(d.first(), d.last(), d.start(), d.end(), false, true, false,
          false));
    }
    return end - i + 1;
  }

  private static boolean since(List<DateToken> ws, int k) {
    return k >= 0 && ws.get(k).is("since");
  }

  /** Whether a word that narrows a month ("early", "late", "mid") stands before word {@code i}. */
  private boolean partOfMonthBefore(List<DateToken> ws, int i) {
    return i > 0 && isPart(ws.get(i - 1));
  }

  private boolean isPart(DateToken w) {
    DateWords.Known known = w.known(words);
    return known != null && known.entry() != null
        && known.entry().kind() == DateWords.Kind.PART;
  }

  /** The month word {@code k} names (with a capital: "may" and "march" are also verbs), or 0. */
  private int month(List<DateToken> ws, int k) {
    if (k >= ws.size() || !ws.get(k).capital()) {
      return 0;
    }
    DateWords.Known known = ws.get(k).known(words);
    DateWords.Entry e = known == null ? null : known.entry();
    return e != null && e.kind() == DateWords.Kind.MONTH ? e.value() : 0;
  }

  private static boolean yearPreposition(DateToken w) {
    return switch (w.lower()) {
      case "in", "since", "during", "throughout", "for", "of", "year" -> true;
      default -> false;
    };
  }

  /** Marks the date at {@code at} of {@code found}, if any, one day of the calendar. */
  private static void oneDay(List<DateSpan> found, int at) {
    if (at >= 0 && !found.get(at).since()) {
      DateSpan d = found.get(at);
      found.set(at, new DateSpan(d.first(), d.last(), d.start(), d.end(), false, false, false,
          true));
    }
  }

  /**
   * Records the date of words [from, to] unless it overlaps one already read.
   *
   * @param days the first and last day (either may be null), or null for no date at all
   * @param calendarDate whether the words name a date of the calendar ("October 7", "2024"), so
   *     that "since" before them makes a running total; "since Monday" stays a few days
   * @param day whether they name a day of the last week ("Monday", "yesterday")
   * @return the index of the date in {@code found}, or -1
   */
  private int add(List<DateSpan> found, List<DateToken> ws, int from, int to, LocalDate[] days,
      LocalDate published, boolean calendarDate, boolean day) {
    if (days == null) {
      return -1;
    }
    int start = ws.get(from).start();
    int end = ws.get(to).end();
    for (DateSpan d : found) {
      if (start < d.end() && d.start() < end) {
        return -1;
      }
    }
    LocalDate first = days[0];
    LocalDate last = days[1];
    boolean since = false;
    int before = from - 1;
    if (before >= 0 && ws.get(before).is("the")) {
      before--;
    }
    if (before >= 0 && isPart(ws.get(before))) {
      before--; // "since early March 2024"
    }
    // "from" counts on only from a date of the calendar: "the toll from last week's crash" is
    // last week's
    if (before >= 0 && (ws.get(before).is("since") || calendarDate && ws.get(before).is("from"))) {
      since = calendarDate; // "since October 7": a running total to the article's date
      last = published != null && first != null && !published.isBefore(first) ? published : null;
    }
    found.add(new DateSpan(first, last, start, end, since, false, day, false));
    return found.size() - 1;
  }

  /**
   * Whether the sentence has a date word or a number that may be a year: every date needs one
   * (a day of the month needs its month), so a sentence without is read no further.
   */
  private boolean mayHoldDate(SentenceWords sentence) {
    for (int k = 0; k < sentence.size(); k++) {
      if (DateToken.lettersOnly(sentence, k) ? byNumber[sentence.id(k)] != null
          : mayHoldDate(sentence.text(), sentence.start(k), sentence.fullEnd(k))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mayHoldDate(SentenceWords)} for the words of {@code text[from, n)}. */
  private boolean mayHoldDate(String text, int from, int n) {
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int value = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          value = value < 100_000 ? value * 10 + (text.charAt(i) - '0') : value;
          i++;
        }
        if (value >= DateToken.MIN_YEAR && value <= DateToken.MAX_YEAR) {
          return true;
        }
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))
            && !(text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
          i++;
        }
        if (words.known(text, start, i) != null) {
          return true;
        }
      } else {
        i++;
      }
    }
    return false;
  }
}
