package org.casualtyclaims.engine.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtyclaims.engine.place.lexicon.AnchorWords;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * Finds the dates a sentence gives and works them out against the article's date: "on 3 March
 * 2024" stands alone; "on March 3", "on Tuesday", "yesterday" and "last week" need the article's
 * date and stay unresolved without it; "since October 7" runs to the article's date; "in 2024" is
 * the whole year. java.time only; names from {@code date-words.tsv}. The sentence is read word by
 * word, once.
 */
final class DateFinder {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private final DateWords words;
  /** What each word of the sentence split is, by its number in {@link AnchorWords}. */
  private final DateWords.Known[] byNumber;

  DateFinder(DateWords words, AnchorWords lexicon) {
    this.words = words;
    this.byNumber = words.byNumber(lexicon);
  }

  /**
   * A word of the sentence: letters, or digits with an ordinal suffix ("3rd") dropped. Its lower
   * case is cut out only when asked for; a word of digits has none ("").
   */
  private static final class Word {
    private final String text;
    private final int start;
    private final int end;
    private final boolean capital;
    private final boolean digits;
    private final int number;
    private String lower;
    private DateWords.Known known;
    private boolean lookedUp;

    Word(String text, int start, int end, boolean capital, boolean digits, int number) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.capital = capital;
      this.digits = digits;
      this.number = number;
    }

    /** A word of letters whose date word the sentence split found already. */
    Word(String text, int start, int end, boolean capital, DateWords.Known known) {
      this(text, start, end, capital, false, -1);
      this.known = known;
      this.lookedUp = true;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    boolean capital() {
      return capital;
    }

    String lower() {
      if (lower == null) {
        lower = digits ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
      }
      return lower;
    }

    boolean is(String w) {
      return lower().equals(w);
    }

    /** What the date words make of this word, or null; a word of digits is nothing. */
    DateWords.Known known(DateWords words) {
      if (!lookedUp) {
        known = digits ? null : words.known(text, start, end);
        lookedUp = true;
      }
      return known;
    }

    /** A day of a month, 1 to 31, or -1. */
    int day() {
      return number >= 1 && number <= 31 && end - start <= 4 ? number : -1;
    }

    /** A year of four digits within range, or -1. */
    int year() {
      return number >= MIN_YEAR && number <= MAX_YEAR ? number : -1;
    }
  }

  /** The dates of the sentence of {@code sentence}, in order, none overlapping another. */
  List<DateSpan> find(SentenceWords sentence, LocalDate published) {
    if (!mayHoldDate(sentence)) {
      return List.of();
    }
    List<DateSpan> found = new ArrayList<>(2);
    List<Word> ws = words(sentence);
    for (int i = 0; i < ws.size(); i++) {
      int used = read(ws, i, published, found);
      i += Math.max(0, used - 1);
    }
    return found;
  }

  /** Reads a date starting at word {@code i}; the number of words it took, or 0. */
  private int read(List<Word> ws, int i, LocalDate published, List<DateSpan> found) {
    Word w = ws.get(i);
    DateWords.Known known = w.known(words);
    DateWords.Entry entry = w.number < 0 && known != null ? known.entry() : null;
    // "3 March 2024", "3rd of March"
    if (w.day() > 0) {
      int k = i + 1 < ws.size() && ws.get(i + 1).is("of") ? i + 2 : i + 1;
      int month = month(ws, k);
      if (month > 0) {
        int year = k + 1 < ws.size() ? ws.get(k + 1).year() : -1;
        int end = year > 0 ? k + 1 : k;
        add(found, ws, i, end, CalendarDays.day(year, month, w.day(), published), published,
            true, false);
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
      Word next = ws.get(i + 1);
      if (next.day() > 0) {
        int year = i + 2 < ws.size() ? ws.get(i + 2).year() : -1;
        int end = year > 0 ? i + 2 : i + 1;
        add(found, ws, i, end, CalendarDays.day(year, month, next.day(), published),
            published, true, false);
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
    // "in 2024", "since 2011"
    if (w.year() > 0 && i > 0 && yearPreposition(ws.get(i - 1))) {
      int y = w.year();
      int at = add(found, ws, i, i,
          new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)}, published, true,
          false);
      if (at >= 0 && !found.get(at).since()) {
        DateSpan d = found.get(at); // a whole year
        found.set(at, new DateSpan(d.first(), d.last(), d.start(), d.end(), false, true, false));
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
  private int monthRange(List<Word> ws, int i, LocalDate published, List<DateSpan> found) {
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
      found.set(at, new DateSpan(d.first(), d.last(), d.start(), d.end(), false, true, false));
    }
    return end - i + 1;
  }

  private static boolean since(List<Word> ws, int k) {
    return k >= 0 && ws.get(k).is("since");
  }

  /** Whether a word that narrows a month ("early", "late", "mid") stands before word {@code i}. */
  private boolean partOfMonthBefore(List<Word> ws, int i) {
    return i > 0 && isPart(ws.get(i - 1));
  }

  private boolean isPart(Word w) {
    DateWords.Known known = w.known(words);
    return known != null && known.entry() != null
        && known.entry().kind() == DateWords.Kind.PART;
  }

  /** The month word {@code k} names (with a capital: "may" and "march" are also verbs), or 0. */
  private int month(List<Word> ws, int k) {
    if (k >= ws.size() || !ws.get(k).capital()) {
      return 0;
    }
    DateWords.Known known = ws.get(k).known(words);
    DateWords.Entry e = known == null ? null : known.entry();
    return e != null && e.kind() == DateWords.Kind.MONTH ? e.value() : 0;
  }

  private static boolean yearPreposition(Word w) {
    return switch (w.lower()) {
      case "in", "since", "during", "throughout", "for", "of", "year" -> true;
      default -> false;
    };
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
  private int add(List<DateSpan> found, List<Word> ws, int from, int to, LocalDate[] days,
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
    if (before >= 0 && (ws.get(before).is("since") || ws.get(before).is("from"))) {
      since = calendarDate; // "since October 7": a running total to the article's date
      last = published != null && first != null && !published.isBefore(first) ? published : null;
    }
    found.add(new DateSpan(first, last, start, end, since, false, day));
    return found.size() - 1;
  }

  /**
   * Whether the sentence has a date word or a number that may be a year: every date needs one
   * (a day of the month needs its month), so a sentence without is read no further.
   */
  private boolean mayHoldDate(SentenceWords sentence) {
    for (int k = 0; k < sentence.size(); k++) {
      if (lettersOnly(sentence, k) ? byNumber[sentence.id(k)] != null
          : mayHoldDate(sentence.text(), sentence.start(k), sentence.fullEnd(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} of the split is one word here as well: plain letters, no digit, no
   * possessive; its number then tells what it is.
   */
  private static boolean lettersOnly(SentenceWords sentence, int k) {
    return sentence.plainWhole(k) && !sentence.hasDigit(k);
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
        if (value >= MIN_YEAR && value <= MAX_YEAR) {
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

  /**
   * The words of the sentence as dates read them: letters, or digits with their ordinal suffix.
   * A word of the split that is plain letters is one of them as it stands; any other is split
   * again here (the split's words never join across a character these words stop at).
   */
  private List<Word> words(SentenceWords sentence) {
    String text = sentence.text();
    List<Word> out = new ArrayList<>(sentence.size() + 4);
    for (int k = 0; k < sentence.size(); k++) {
      if (lettersOnly(sentence, k)) {
        out.add(new Word(text, sentence.start(k), sentence.end(k), sentence.capital(k),
            byNumber[sentence.id(k)]));
      } else {
        words(text, sentence.start(k), sentence.fullEnd(k), out);
      }
    }
    return out;
  }

  /** Adds the words of {@code text[from, to)} to {@code out}. */
  private static void words(String text, int from, int to, List<Word> out) {
    int n = text.length();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      if (c >= '0' && c <= '9') {
        int value = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          value = value < 100_000 ? value * 10 + (text.charAt(i) - '0') : value;
          i++;
        }
        int digitsEnd = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++; // "3rd", "7th"
        }
        String suffix = text.substring(digitsEnd, i).toLowerCase(Locale.ROOT);
        boolean ordinal = suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd")
            || suffix.equals("rd") || suffix.equals("th");
        boolean thousands = i < n - 1 && text.charAt(i) == ',' && Character.isDigit(text.charAt(i + 1));
        out.add(new Word(text, start, ordinal ? digitsEnd : i, false, true,
            ordinal && !thousands ? value : -1));
        continue;
      }
      // letters, and digits of other scripts ("٣"), which are no numbers here
      while (i < n && Character.isLetterOrDigit(text.charAt(i))
          && !(text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
        i++;
      }
      out.add(new Word(text, start, i, Character.isUpperCase(c), false, -1));
    }
  }
}
